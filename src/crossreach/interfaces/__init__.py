"""Interfaces: the command line, the REST API and the web dashboard, all over one query layer."""
