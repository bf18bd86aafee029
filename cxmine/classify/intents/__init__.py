"""Intent classification: the estimator (``model``), training and evaluation (``train``), saving and loading
(``store``) and classifying an OUT folder (``run``).

``cxmine.classify.intents.IntentClassifier`` is the class path that saved models record; it stays importable
from here whatever module defines it.
"""

from cxmine.classify.intents.model import IntentClassifier, IntentPrediction, check_model_needs

__all__ = ["IntentClassifier", "IntentPrediction", "check_model_needs"]
