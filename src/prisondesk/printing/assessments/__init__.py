"""Risk and needs assessment's papers: the individual rehabilitation plan the prisoner keeps."""
