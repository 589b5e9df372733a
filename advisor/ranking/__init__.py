"""The ranking stage: hard-constraint checks (`match`), intents as aspect weights (`aspects`), the ranking
itself (`rank`), personal reordering (`personalize`) and "more like this" (`similar`)."""
