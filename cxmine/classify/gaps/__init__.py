"""Knowledge-base gaps: customer questions that no FAQ, chatbot intent or help-centre article answers."""
