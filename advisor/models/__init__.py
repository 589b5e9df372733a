"""Trained models: the registry of adapter versions (`registry`), domain-adaptation training (`training/`),
owner-rating prediction (`ratings/`), and the shipped factory adapter (`factory/`, data only)."""
