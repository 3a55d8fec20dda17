"""``psg check MEETING.toml...``: the confidentiality guard, before notes leave the group."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from psg_tui.core.gate import NOTES, check_output
from psg_tui.core.privacy import Finding, describe_findings
from psg_tui.core.store import GroupStore, StoreError, load_meeting_file
from psg_tui.core.store import safe_print as print  # every line neutralised

HELP = (
    "Look for patient identifiers in a meeting's notes: NHI numbers, dates of birth, phone "
    "numbers, email addresses, street addresses, titled names ('Mrs Patel') and plain "
    "personal names ('John Smith'), honouring the group's not_identifiers list in "
    "group.toml and the names dismissed for this meeting in its file. Exit 0 with "
    "no findings; exit 1 with one line per finding (file, field, line:column, kind, masked "
    "excerpt); exit 2 when a file cannot be read."
)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``MEETING.toml... [--format text|json]``."""
    parser.add_argument(
        "meetings", nargs="+", type=Path, metavar="MEETING.toml", help="meeting file"
    )
    parser.add_argument(
        "--format",
        choices=("text", "json"),
        default="text",
        help="text: one line per finding (default); json: one document for all files",
    )


def finding_line(path: Path, finding: Finding) -> str:
    """One finding in one line: file, where (and field path), line:column, kind, excerpt;
    a plain name says how sure the check is."""
    kind = finding.kind
    if kind == "person_name":
        kind = f"{kind} ({finding.headline})"
    return (
        f"{path}: {finding.where} [{finding.field}] {finding.line}:{finding.column}: "
        f"{kind}: {finding.excerpt}"
    )


def run(args: argparse.Namespace) -> int:
    """Scan each meeting; print findings to stdout, unreadable files to stderr."""
    results: list[tuple[Path, list[Finding]]] = []
    invalid = False
    for path in args.meetings:
        try:
            meeting = load_meeting_file(path)
        except StoreError as error:
            invalid = True
            for problem in error.problems:
                print(problem, file=sys.stderr)
            continue
        # The group the file sits in: its members' names and its "not an identifier" list.
        store = GroupStore.for_meeting_file(path)
        group = None
        if store.exists():
            try:
                group = store.load_group()
            except StoreError as error:
                invalid = True
                for problem in error.problems:
                    print(problem, file=sys.stderr)
                continue
        # Every note, the personal ones too: this is the check before anything is shared.
        results.append((path, check_output(meeting, NOTES, group=group).findings))
    if args.format == "json":
        document = {
            "files": [
                {"file": str(path), "findings": [f.to_dict() for f in findings]}
                for path, findings in results
            ],
            "findings": sum(len(findings) for _, findings in results),
            "invalid": invalid,
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
    else:
        for path, findings in results:
            for finding in findings:
                print(finding_line(path, finding))
            if not findings:
                print(f"{path}: no findings")
            elif len(args.meetings) > 1:
                print(f"{path}: {describe_findings(findings)}")
    if invalid:
        return 2
    return 1 if any(findings for _, findings in results) else 0
