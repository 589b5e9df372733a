"""The understanding stage: one shopper message (English or Chinese) -> a `Request` (`understand`), with one
module per kind of thing a message can say, the request types (`request`) and the encoder-read vague needs
(`intent_match`)."""
