"""Reading and writing files: the edges of the pipeline."""
