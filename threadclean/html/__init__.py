"""The HTML path: decode, parse with lexbor, detect the engine, extract with its selectors."""
