"""Learning stages: topics (BERTopic), intents (scikit-learn), and later knowledge-base gaps."""
