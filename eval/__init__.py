"""Evaluation: metrics (ROUGE, chrF/BLEU, field scores), baselines (LEAD, TextRank) and the harness behind
`summarizer eval`. Installed as `summarizer.eval`; hand-written references live in eval/data/."""
