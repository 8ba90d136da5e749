"""Scorers for the dev datasets in ../shared/data/dev and the quality gate."""
