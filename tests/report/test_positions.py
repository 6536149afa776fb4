"""report.positions: 1-based line and column of raw offsets, lines ending at \\n, \\r\\n or \\r."""
import random

import pytest

from factcheck.report.positions import LineIndex


def by_hand(text: str, offset: int) -> tuple[int, int]:
    """Walk the text character by character, as an editor's status bar counts."""
    line, col, i = 1, 1, 0
    while i < offset and i < len(text):
        if text[i] == "\r" and text[i + 1:i + 2] == "\n":
            if i + 1 < offset:               # the offset is past the whole \r\n
                line, col, i = line + 1, 1, i + 2
                continue
            col += 1                         # between \r and \n: still on the line the \r ends
            i += 1
            continue
        if text[i] in "\r\n":
            line, col = line + 1, 1
        else:
            col += 1
        i += 1
    return line, col + max(0, offset - len(text))


@pytest.mark.parametrize("text", ["", "one line", "a\nb\n", "\n\n\n", "a\r\nb\r\nc", "a\rb\rc", "mixed\r\nends\rand\nhere\n",
                                  "caf\u00e9\n\u4e2d\u6587\nlast", "\r\n"])
def test_every_offset_gets_the_line_and_column_an_editor_shows(text):
    index = LineIndex(text)
    for offset in range(len(text) + 2):
        assert index.line_col(offset) == by_hand(text, offset), (text, offset)


def test_random_texts_with_and_without_carriage_returns():
    rng = random.Random(13)
    for pieces in (["a", "b ", "\n"], ["a", "\r\n", "\n", "\r", "xy"]):
        for _ in range(200):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
            index = LineIndex(text)
            for offset in range(len(text) + 1):
                assert index.line_col(offset) == by_hand(text, offset), (text, offset)
