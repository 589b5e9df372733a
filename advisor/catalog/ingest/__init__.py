"""Raw catalog import and cleaning: a Kaggle file or a shop's CSV -> the normalized catalog (`importer`),
with one module per group of cleaning rules and the import report."""
