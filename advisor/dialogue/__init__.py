"""The dialogue stage: the state a conversation keeps and how requests change it (`state`), what a turn
changed (`changes`), and one shopper's conversation turn by turn (`session`)."""
