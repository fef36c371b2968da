"""bytes/str/path → Article: decoding, cleaning, sentences and sections."""
from .article import Article, Section, Sentence, build_article, split_sentences
from .decode import read_source

__all__ = ["Article", "Section", "Sentence", "build_article", "split_sentences", "read_source"]
