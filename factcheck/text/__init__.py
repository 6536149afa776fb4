"""Reading articles into Documents: formats, segmentation, boilerplate."""
