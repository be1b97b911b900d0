"""Data only: the shipped behaviour model (weights, config, metrics, model card), a package so that wheels carry it."""
