"""Recognise: numbers, money, dates and entity mentions, each with offsets into the text."""
