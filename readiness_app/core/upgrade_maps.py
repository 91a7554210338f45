"""How answers to questions that changed carry to a newer shipped questionnaire (issue 15).

``core.upgrade`` carries an answer unchanged when its question is asked the same way. A
question that was split, narrowed or given new options is listed here instead: a function
from the answer given on the earlier version to answers on the newer one (question id to
value). What cannot be said for sure is left out, so that question waits unanswered.
Each map belongs to one questionnaire id and the version it carries answers *to*; it is used
for any earlier version whose question has the same id (1.0 and 1.1 ask these questions
alike).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from readiness_app.core.question_types import AnswerValue, DontKnow

AnswerMap = Callable[[AnswerValue], dict[str, AnswerValue]]


def _rename(question_id: str, names: Mapping[str, str]) -> AnswerMap:
    """A choice answer whose option is renamed (or kept) on the same question; options not
    named are dropped."""
    def carry(value: AnswerValue) -> dict[str, AnswerValue]:
        if isinstance(value, DontKnow):
            return {question_id: value}
        if isinstance(value, str) and value in names:
            return {question_id: names[value]}
        return {}
    return carry


def _same_ticks(question_id: str, dropped: frozenset[str] = frozenset()) -> AnswerMap:
    """A tick-box answer whose options were added to: the ticks given still hold."""
    def carry(value: AnswerValue) -> dict[str, AnswerValue]:
        if isinstance(value, DontKnow):
            return {question_id: value}
        if isinstance(value, frozenset):
            kept = value - dropped
            return {question_id: kept} if kept else {}
        return {}
    return carry


_FIREWALL: Mapping[str, dict[str, AnswerValue]] = {
    "original_password": {"cyber.firewall": "all", "cyber.router_password": "original"},
    "changed": {"cyber.firewall": "all", "cyber.router_password": "changed"},
    "reviewed": {"cyber.firewall": "all", "cyber.router_password": "reviewed"},
    # "nobody has checked; the router is as it came": the password is the original one,
    # but whether each computer's firewall is on is not known
    "unchecked": {"cyber.router_password": "original"},
}


def _firewall(value: AnswerValue) -> dict[str, AnswerValue]:
    """1.1 asked about the firewall and the router password at once; 1.2 asks each."""
    return dict(_FIREWALL.get(value, {})) if isinstance(value, str) else {}


def _automated_decisions(value: AnswerValue) -> dict[str, AnswerValue]:
    """1.1 counted "no systems like this" as full marks; 1.2 asks first whether there are
    any such systems, and asks how results are used only when there are."""
    if value == "no_systems":
        return {"people.decision_systems": "no"}
    if isinstance(value, str) and value in {"used_as_is", "usually_checked", "person_decides"}:
        return {"people.decision_systems": "yes", "people.automated_decisions": value}
    return {}


def _quick_basics(value: AnswerValue) -> dict[str, AnswerValue]:
    """1.1 ticked virus protection among the basics; 1.2 asks it on its own."""
    if isinstance(value, DontKnow):
        return {"cyber.basics": value}
    if not isinstance(value, frozenset):
        return {}
    carried: dict[str, AnswerValue] = {}
    kept = value - {"antivirus"}
    if kept:
        carried["cyber.basics"] = kept
    if "antivirus" in value:
        carried["cyber.malware"] = "all"
    return carried


MAPS: Mapping[tuple[str, str], Mapping[str, AnswerMap]] = {
    ("uk-default", "1.2"): {
        "investment.areas": _same_ticks("investment.areas"),
        "investment.allowances": _rename("investment.allowances", {
            "not_heard": "not_heard", "heard": "heard", "after": "after",
            "before": "before"}),
        "investment.leadership": _rename("investment.leadership", {
            "nobody": "nobody", "spare_moments": "spare_moments", "named": "named",
            "named_trained": "named"}),
        "investment.data": _rename("investment.data", {
            "paper": "paper", "spreadsheets": "spreadsheets",
            "separate_systems": "separate_systems", "joined": "joined",
            "joined_used": "joined"}),
        "investment.ai": _rename("investment.ai", {
            "not_looked": "not_looked", "thinking": "thinking", "trying": "trying",
            "in_use": "in_use", "in_use_rules": "in_use"}),
        "cyber.passwords": _rename("cyber.passwords", {
            "no_rules": "no_rules", "advice": "advice", "strong": "strong",
            "manager_and_check": "manager"}),
        "cyber.firewall": _firewall,
        "cyber.updates": _rename("cyber.updates", {
            "when_remember": "when_remember", "devices_only": "devices_only",
            "everything": "everything"}),
        "cyber.unsupported": _rename("cyber.unsupported", {
            "several": "several", "one_or_two": "one_or_two",
            "none_checked": "none_checked"}),
        "cyber.accounts": _same_ticks("cyber.accounts"),
        "people.training": _rename("people.training", {
            "none": "none", "some": "some", "planned": "planned",
            "skills_checked": "planned"}),
        "people.monitoring_told": _rename("people.monitoring_told", {
            "not_told": "not_told", "partly": "partly", "told_and_asked": "told"}),
        "people.automated_decisions": _automated_decisions,
        "people.voice": _rename("people.voice", {
            "none": "none", "open_door": "open_door", "regular": "regular",
            "representatives": "representatives"}),
        # cyber.cloud listed only office software, so a "no" says nothing about email or
        # banking: the new question on everyday online services waits unanswered.
    },
    ("quick-check", "1.2"): {
        # the old question named only office software: "yes" still holds, "no" may not
        "cyber.cloud": _rename("cyber.cloud", {"yes": "yes"}),
        "cyber.basics": _quick_basics,
        "people.monitoring_told": _rename("people.monitoring_told", {
            "not_told": "not_told", "partly": "partly", "told_and_asked": "told"}),
        # "no" mixed "nobody has asked" with "staff asked and we did nothing": not carried
        "people.consultation_body": _rename("people.consultation_body", {"yes": "agreed"}),
    },
}


def answer_map(questionnaire_id: str, to_version: str, question_id: str) -> AnswerMap | None:
    """The map for one question of an earlier version, or None when it has none."""
    return MAPS.get((questionnaire_id, to_version), {}).get(question_id)
