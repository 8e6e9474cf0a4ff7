"""What every stage asks of the raw text: where paragraphs end, and what stands in quote marks."""
