"""Write or edit one member's personal reflection on learning from a meeting.

Free text, or guided (issue 15, part 2): What? / So what? / Now what?, or Gibbs' reflective
cycle, each part in its own box; the member's PDF prints the headings they used. Three
tick-boxes say what the reflection is for (their professional development plan, culturally
safe practice, their written reflective account); they print in the member's PDF too.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Button, Checkbox, Label, Select, Static, TextArea

from psg_tui.core.models import REFLECTION_TICKS, Reflection, ReflectionFramework
from psg_tui.tui.widgets.toggles import TickBox

REFLECTION_HINT = (
    "Yours alone: only in your own PDF, never in the group's notes. "
    "Free text, or a guide (ctrl+o changes it). Markdown is fine."
)


@dataclass(frozen=True)
class ReflectionAnswer:
    """What the dialog returns: the reflection as the member left it."""

    framework: ReflectionFramework = ReflectionFramework.FREE
    text: str = ""
    """The free text (with a guide: anything said beyond its parts)."""
    answers: tuple[str, ...] = ()
    """The guide's parts, in its order (trailing blank parts dropped)."""
    ticks: dict[str, bool] = field(default_factory=dict)
    """Tick-box field name -> ticked."""

    @property
    def blank(self) -> bool:
        """Nothing written and nothing ticked: the reflection is removed."""
        return (
            not self.text.strip()
            and not any(a.strip() for a in self.answers)
            and not any(self.ticks.values())
        )

    def reflection(self, registration_number: str, **extra: object) -> Reflection:
        """The model of this answer for ``registration_number``."""
        return Reflection(
            registration_number=registration_number,
            framework=self.framework,
            text=self.text,
            answers=list(self.answers),
            **self.ticks,
            **extra,  # type: ignore[arg-type]
        )

    @classmethod
    def of(cls, reflection: Reflection | None, text: str = "") -> ReflectionAnswer:
        """The answer a saved reflection stands for (or plain ``text``)."""
        if reflection is None:
            return cls(text=text)
        return cls(
            framework=reflection.framework,
            text=reflection.text,
            answers=tuple(reflection.answers),
            ticks={name: getattr(reflection, name) for name, _label in REFLECTION_TICKS},
        )


_GUIDED = [f for f in ReflectionFramework if f.prompts]


class ReflectionDialog(ModalScreen[ReflectionAnswer | None]):
    """Returns the reflection, or None when cancelled.

    Shows only the one member's reflection: whoever opens it sees nobody else's.
    """

    BINDINGS = [
        Binding("escape", "cancel", "Cancel", id="reflection-cancel"),
        Binding("ctrl+s", "save", "Save", priority=True, id="reflection-save"),
        Binding("ctrl+o", "next_framework", "Guide", priority=True, id="reflection-framework"),
    ]

    def __init__(
        self,
        member_name: str,
        meeting_label: str,
        text: str = "",
        *,
        current: ReflectionAnswer | None = None,
    ) -> None:
        super().__init__()
        self.member_name = member_name
        """Whose reflection this is."""
        self.meeting_label = meeting_label
        """Which meeting, in words ("18 February 2026")."""
        self.current = current or ReflectionAnswer(text=text)
        """The reflection as it stands (blank: a new one)."""
        self.text = self.current.text
        """Its free text."""

    def compose(self) -> ComposeResult:
        current = self.current
        with Vertical(classes="dialog", id="reflection-dialog"):
            yield Static(
                f"Reflection of {self.member_name}: meeting of {self.meeting_label}",
                classes="dialog-title",
                markup=False,
            )
            yield Static(REFLECTION_HINT, classes="hint", markup=False)
            yield Select(
                [(f.label, f.value) for f in ReflectionFramework],
                value=current.framework.value,
                allow_blank=False,
                id="reflection-framework",
                compact=True,
            )
            with VerticalScroll(id="reflection-parts"):
                for framework in _GUIDED:
                    answers = current.answers if framework is current.framework else ()
                    with Vertical(id=f"parts-{framework.value}", classes="reflection-guide"):
                        for index, (key, heading) in enumerate(framework.prompts):
                            yield Label(heading, classes="section-title")
                            area = TextArea(
                                answers[index] if index < len(answers) else "",
                                id=f"part-{framework.value}-{key}",
                                soft_wrap=True,
                                compact=True,
                            )
                            area.styles.height = 3
                            yield area
                yield Label("Your reflection", id="reflection-text-label", classes="section-title")
                area = TextArea(self.text, id="reflection-text", soft_wrap=True, compact=True)
                area.styles.height = 4
                yield area
            with Vertical(id="reflection-ticks"):
                for name, label in REFLECTION_TICKS:
                    yield TickBox(
                        label, current.ticks.get(name, False), id=f"tick-{name}", compact=True
                    )
            with Horizontal(classes="dialog-buttons"):
                yield Button("Save (ctrl+s)", variant="primary", id="save", compact=True)
                yield Button("Cancel (Esc)", id="cancel", compact=True)

    def on_mount(self) -> None:
        parts = self.query_one("#reflection-parts", VerticalScroll)
        parts.styles.height = 10
        for guide in parts.query(".reflection-guide"):
            guide.styles.height = "auto"
        self.query_one("#reflection-ticks", Vertical).styles.height = "auto"
        self._show_framework(self.current.framework)
        first = self._first_area()
        first.focus()
        first.move_cursor(first.document.end)

    @property
    def framework(self) -> ReflectionFramework:
        """The guide chosen now."""
        return ReflectionFramework(str(self.query_one("#reflection-framework", Select).value))

    def _first_area(self) -> TextArea:
        framework = self.framework
        if framework.prompts:
            return self.query_one(f"#part-{framework.value}-{framework.prompts[0][0]}", TextArea)
        return self.query_one("#reflection-text", TextArea)

    def _show_framework(self, framework: ReflectionFramework) -> None:
        for guided in _GUIDED:
            self.query_one(f"#parts-{guided.value}").display = guided is framework
        self.query_one("#reflection-text-label", Label).update(
            "Anything else (optional)" if framework.prompts else "Your reflection"
        )

    @on(Select.Changed, "#reflection-framework")
    def _framework_changed(self) -> None:
        self._show_framework(self.framework)

    def action_next_framework(self) -> None:
        """ctrl+o: free text -> What? / So what? / Now what? -> Gibbs -> free text."""
        order = list(ReflectionFramework)
        following = order[(order.index(self.framework) + 1) % len(order)]
        self.query_one("#reflection-framework", Select).value = following.value
        self._show_framework(following)
        self._first_area().focus()

    def answer(self) -> ReflectionAnswer:
        """The reflection as the dialog holds it now."""
        framework = self.framework
        answers = [
            self.query_one(f"#part-{framework.value}-{key}", TextArea).text
            for key, _heading in framework.prompts
        ]
        while answers and not answers[-1].strip():
            answers.pop()
        return ReflectionAnswer(
            framework=framework,
            text=self.query_one("#reflection-text", TextArea).text,
            answers=tuple(answers),
            ticks={
                name: self.query_one(f"#tick-{name}", Checkbox).value
                for name, _label in REFLECTION_TICKS
            },
        )

    @on(Button.Pressed, "#save")
    def action_save(self) -> None:
        """Return the reflection (a blank one removes it)."""
        self.dismiss(self.answer())

    @on(Button.Pressed, "#cancel")
    def action_cancel(self) -> None:
        """Return None: the reflection stays as it was."""
        self.dismiss(None)
