"""Decisions learned from real gold briefs: rules propose candidates, small trained models decide.

The extractors (summarizer/extract) build recall-oriented candidates and describe each with features (how its
sentence treats it, its kind, counts, role words, distances). Here a logistic regression per decision, trained
from the gold files by `summarizer train`, says which candidates are kept:

    platform   is this candidate name a platform of the article?
    partner    is this organisation a partner of this platform?
    scale      is this figure a scale of this platform?
    goal       which of the phrases the goal cues find states this platform's goal? (the likeliest, if likely)

The models are a JSON file of weights (summarizer/data/decisions.json): data, loaded offline, never a pickle.
`summarizer eval --cv 5` scores the method honestly: every article by a model trained without it.
"""
from .model import Decisions, LinearModel, default_decisions

__all__ = ["Decisions", "LinearModel", "default_decisions"]
