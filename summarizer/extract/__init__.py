"""Sections → fields: platforms, goals, scale and partners, each value with its evidence spans."""
