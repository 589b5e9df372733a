"""The catalog stage: the `Phone` record and catalog file (`model`), chipset spellings and scores
(`chipsets`, `chip_classes`), brand and series aliases (`aliases`), and `ingest/`, raw import and cleaning."""
