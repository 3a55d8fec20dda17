"""Meeting -> safe HTML -> PDF, Markdown and iCalendar. No textual here."""
