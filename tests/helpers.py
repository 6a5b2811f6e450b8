"""Run the whole pipeline on a small inline text."""
from pipeline.run import extract_text


def extract(text: str):
    return extract_text(text)
