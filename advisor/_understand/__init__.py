"""Private parts of advisor.understand: one module per kind of thing a message can say."""
