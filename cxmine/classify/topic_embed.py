"""Old import path of the offline topic embedder, kept so that topic models saved before the package layout of cxmine 0.2 load
(skops records the class path ``cxmine.classify.topic_embed.TfidfSvdEmbedder``). New code imports
``cxmine.classify.topics.embed``."""

from cxmine.classify.topics.embed import TfidfSvdEmbedder, clean_for_embedding

__all__ = ["TfidfSvdEmbedder", "clean_for_embedding"]
