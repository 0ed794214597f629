"""Resolve: in-document coreference and cross-document entity merging."""
