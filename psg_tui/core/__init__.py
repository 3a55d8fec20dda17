"""Pure meeting logic: models, store, timekeeping, privacy, attendance. No textual here."""
