"""Nothing typed is lost: leaving a question, or closing the window, mid-typing saves it.

Typed answers and notes are saved after a short pause in typing, and also the moment the user
leaves the question (Next, Back, the sidebar, the keyboard) or closes the window. These tests
type and leave at once, without pausing, and then read the library from disk with a separate
connection, as the next start of the app would.

They drive the window as a user does and find widgets only by what the user sees: accessible
names, question texts and the keyboard shortcuts shown on screen.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt, QThreadPool
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTreeWidget,
    QWidget,
)

from readiness_app.storage.library import Library

pytestmark = pytest.mark.gui

NOTES = "Notes"
SIDEBAR = "Areas and questions"
STAFF_TEXT = "How many people work for the business, including you?"
CONSULT_TEXT = "When you bring in new technology, how are staff involved?"


@pytest.fixture
def quick_check_texts(catalogue):
    """Question id by question text, for the quick check new assessments use (the latest)."""
    questionnaire = catalogue.find("quick-check")
    return {q.text.get(): q.id for q in questionnaire.questions}


def named(window: QWidget, name: str, kind: type[QWidget] = QWidget) -> QWidget:
    """The one widget on screen with this accessible name."""
    found = [w for w in window.findChildren(kind)
             if w.accessibleName() == name and w.isVisibleTo(window)]
    assert len(found) == 1, f"{len(found)} visible {kind.__name__} named {name!r}"
    return found[0]


def on_screen(window, texts) -> str:
    """The id of the question whose text is shown as the heading."""
    shown = {w.accessibleName() for w in window.findChildren(QLabel) if w.isVisibleTo(window)}
    ids = [question_id for text, question_id in texts.items() if text in shown]
    assert len(ids) == 1, ids
    return ids[0]


def focus() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def click(qtbot, widget: QWidget) -> None:
    """A left click near the left edge (where a radio button's circle and label are)."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton,
                     pos=QPoint(min(8, widget.width() // 2), widget.height() // 2))


def pick(qtbot, window, option_text: str) -> None:
    click(qtbot, named(window, option_text, QAbstractButton))


def type_note(qtbot, window, text: str) -> None:
    """Click into the notes box and type, with no pause before whatever comes next."""
    notes = named(window, NOTES, QPlainTextEdit)
    assert notes.isEnabled(), "the notes box waits for an answer"
    click(qtbot, notes)
    qtbot.keyClick(notes, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # add at the end
    qtbot.keyClicks(notes, text)


def retype(qtbot, box: QLineEdit, text: str) -> None:
    """Click into a box, select what is there (Ctrl+A) and type over it."""
    click(qtbot, box)
    qtbot.keyClick(box, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(box, text)
    assert box.text() == text


def sidebar_go(qtbot, window, label: str) -> None:
    """Click the area or question ``label`` in the sidebar and press Enter on it."""
    outline = named(window, SIDEBAR, QTreeWidget)
    items = []
    for i in range(outline.topLevelItemCount()):
        area = outline.topLevelItem(i)
        items += [area, *(area.child(j) for j in range(area.childCount()))]
    matching = [item for item in items
                if item.text(0) == label or item.text(0).endswith(f". {label}")
                or item.text(0).startswith(f"{label} (")]
    assert len(matching) == 1, [item.text(0) for item in items]
    outline.scrollToItem(matching[0])
    rect = outline.visualItemRect(matching[0])
    assert rect.isValid(), f"{label!r} is folded away in the sidebar"
    qtbot.mouseClick(outline.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.keyClick(outline, Qt.Key.Key_Return)


def start(open_window, qtbot):
    """Open the app and start a quick check with the keyboard (Ctrl+N, a name, Enter)."""
    window = open_window()
    with qtbot.waitActive(window):
        window.activateWindow()
    qtbot.keyClick(focus(), Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.new_page.questionnaire, Qt.Key.Key_Up)  # the quick check, not the
    assert window.new_page.questionnaire.currentData() == "quick-check"  # full default
    qtbot.keyClicks(focus(), "Note Takers Ltd")
    qtbot.keyClick(focus(), Qt.Key.Key_Return)
    return window


def stored(data_folder, catalogue):
    """The assessment as it is on disk (read with a connection of its own)."""
    with Library.open(data_folder, questionnaires=catalogue.find) as library:
        (assessment_id,) = library.ids()
        return library.get(assessment_id)


def test_a_note_typed_then_next_clicked_at_once_is_saved(open_window, qtbot, data_folder,
                                                          catalogue, quick_check_texts) -> None:
    window = start(open_window, qtbot)
    assert on_screen(window, quick_check_texts) == "investment.plan"
    pick(qtbot, window, "Yes, a written plan")
    type_note(qtbot, window, "Plan is in the blue folder")
    click(qtbot, named(window, "Save and continue", QPushButton))
    assert on_screen(window, quick_check_texts) == "investment.finance"

    answer = stored(data_folder, catalogue).answer("investment.plan")
    assert answer is not None
    assert (answer.value, answer.note) == ("written", "Plan is in the blue folder")
    # and the note is not carried over to the next question
    assert named(window, NOTES, QPlainTextEdit).toPlainText() == ""


def test_notes_typed_then_alt_arrows_pressed_at_once_are_saved(open_window, qtbot, data_folder,
                                                                catalogue,
                                                                quick_check_texts) -> None:
    window = start(open_window, qtbot)
    # keyboard only: Space picks the focused option, Alt+O goes to the notes, Alt+Right on
    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    qtbot.keyClick(focus(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    assert focus() is named(window, NOTES, QPlainTextEdit)
    qtbot.keyClicks(focus(), "Ask the owner")
    qtbot.keyClick(focus(), Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert on_screen(window, quick_check_texts) == "investment.finance"

    qtbot.keyClick(focus(), Qt.Key.Key_Space)
    qtbot.keyClick(focus(), Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClicks(focus(), "Check with the bank")
    qtbot.keyClick(focus(), Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # back
    assert on_screen(window, quick_check_texts) == "investment.plan"
    assert named(window, NOTES, QPlainTextEdit).toPlainText() == "Ask the owner"

    saved = stored(data_folder, catalogue)
    assert saved.answer("investment.plan").note == "Ask the owner"
    assert saved.answer("investment.finance").note == "Check with the bank"


def test_a_number_and_note_typed_then_a_sidebar_jump_are_saved(open_window, qtbot, data_folder,
                                                                catalogue,
                                                                quick_check_texts) -> None:
    window = start(open_window, qtbot)
    sidebar_go(qtbot, window, "Involving your staff")  # the area
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.staff",
                    timeout=2000)
    number = named(window, f"Answer: {STAFF_TEXT}", QLineEdit)
    qtbot.keyClicks(number, "60")
    qtbot.keyClick(number, Qt.Key.Key_Return)  # the number is the answer: notes can follow
    type_note(qtbot, window, "Includes seasonal staff")
    sidebar_go(qtbot, window, CONSULT_TEXT)
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.consult",
                    timeout=2000)

    answer = stored(data_folder, catalogue).answer("people.staff")
    assert (answer.value, answer.note) == (60.0, "Includes seasonal staff")

    # change the number and the note, and leave from the sidebar at once
    sidebar_go(qtbot, window, STAFF_TEXT)
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.staff",
                    timeout=2000)
    number = named(window, f"Answer: {STAFF_TEXT}", QLineEdit)
    assert number.text() == "60"
    retype(qtbot, number, "62")
    type_note(qtbot, window, "; two part-time")
    sidebar_go(qtbot, window, CONSULT_TEXT)
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.consult",
                    timeout=2000)
    answer = stored(data_folder, catalogue).answer("people.staff")
    assert (answer.value, answer.note) == (62.0, "Includes seasonal staff; two part-time")


def test_a_number_typed_then_alt_left_at_once_is_saved(open_window, qtbot, data_folder,
                                                        catalogue, quick_check_texts) -> None:
    window = start(open_window, qtbot)
    sidebar_go(qtbot, window, "Involving your staff")
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.staff",
                    timeout=2000)
    number = named(window, f"Answer: {STAFF_TEXT}", QLineEdit)
    assert focus() is number
    qtbot.keyClicks(number, "12")  # no Enter, no pause: the focus stays in the box
    qtbot.keyClick(number, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert on_screen(window, quick_check_texts) != "people.staff"
    answer = stored(data_folder, catalogue).answer("people.staff")
    assert answer is not None, "the number typed before leaving was lost"
    assert answer.value == 12.0


def test_closing_the_window_mid_typing_keeps_the_note(open_window, qtbot, data_folder,
                                                      catalogue, quick_check_texts) -> None:
    window = start(open_window, qtbot)
    pick(qtbot, window, "We have ideas, but nothing written down")
    type_note(qtbot, window, "Typed just before closing")
    window.close()  # as the title bar's close button or File > Quit does
    QThreadPool.globalInstance().waitForDone(30_000)

    answer = stored(data_folder, catalogue).answer("investment.plan")
    assert (answer.value, answer.note) == ("ideas", "Typed just before closing")

    # the next start reopens the assessment at that question, the note in its box
    window = open_window()
    assert on_screen(window, quick_check_texts) == "investment.plan"
    assert named(window, NOTES, QPlainTextEdit).toPlainText() == "Typed just before closing"


def test_closing_the_window_mid_typing_keeps_the_number_and_note(open_window, qtbot,
                                                                 data_folder, catalogue,
                                                                 quick_check_texts) -> None:
    window = start(open_window, qtbot)
    sidebar_go(qtbot, window, "Involving your staff")
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.staff",
                    timeout=2000)
    number = named(window, f"Answer: {STAFF_TEXT}", QLineEdit)
    qtbot.keyClicks(number, "8")
    qtbot.keyClick(number, Qt.Key.Key_Return)  # saved: the notes box opens
    retype(qtbot, number, "9")
    type_note(qtbot, window, "Owner and eight staff")
    window.close()  # with the focus still in the notes box
    QThreadPool.globalInstance().waitForDone(30_000)

    answer = stored(data_folder, catalogue).answer("people.staff")
    assert (answer.value, answer.note) == (9.0, "Owner and eight staff")


def test_a_number_typed_then_next_clicked_at_once_is_saved(open_window, qtbot, data_folder,
                                                           catalogue, quick_check_texts) -> None:
    window = start(open_window, qtbot)
    sidebar_go(qtbot, window, "Involving your staff")
    qtbot.waitUntil(lambda: on_screen(window, quick_check_texts) == "people.staff",
                    timeout=2000)
    qtbot.keyClicks(named(window, f"Answer: {STAFF_TEXT}", QLineEdit), "60")
    click(qtbot, named(window, "Save and continue", QPushButton))
    assert on_screen(window, quick_check_texts) == "people.consult"
    answer = stored(data_folder, catalogue).answer("people.staff")
    assert answer is not None, "the number typed before leaving was lost"
    assert answer.value == 60.0
    # 50 staff or more: the question about a consultation arrangement is now in the sidebar
    outline = named(window, SIDEBAR, QTreeWidget)
    people = outline.topLevelItem(outline.topLevelItemCount() - 1)
    assert any("inform and consult staff" in people.child(i).text(0)
               for i in range(people.childCount()))


def test_a_jump_made_while_the_notes_box_still_has_the_focus_keeps_the_note(
        open_window, qtbot, data_folder, catalogue, quick_check_texts) -> None:
    """Any jump (the sidebar, the review's list, a shortcut) saves what is typed first, even
    when nothing took the focus from the notes box before the jump."""
    window = start(open_window, qtbot)
    pick(qtbot, window, "Yes, a written plan")
    type_note(qtbot, window, "Plan is in the blue folder")
    assert focus() is named(window, NOTES, QPlainTextEdit)
    window.questions_page.go_to("people.consult")  # as the sidebar and review do
    assert on_screen(window, quick_check_texts) == "people.consult"
    answer = stored(data_folder, catalogue).answer("investment.plan")
    assert answer is not None and answer.note == "Plan is in the blue folder"
