"""Hypothesis strategies for hostile article text: arbitrary unicode and control
characters, and news-shaped text with the things that break parsers (numbers with
separators, money, quotes of every kind, dates, markup, line endings)."""
from __future__ import annotations

from hypothesis import strategies as st

# Our own fragments (never eval copy): each one exercises a reader, the segmenter or an extractor.
FRAGMENTS = (
    "The total rose", " a total of ", " in all ", " said ", " she said.", ", he said. ", "Mr. ", "U.S. ",
    "Jan. 5", " on Tuesday, April 13, 2022", " in 1987", " last year", " yesterday", "1987-88",
    "$3 million", " £2.4bn ", "12 pct", "30%", " 4.5 per cent", "1,000,000", "1,2,3,4", "0.5.6",
    " 120 of 400 members", " from 40 to 45 ", " rose 12 pct to 45 mln from 40 mln",
    '"', "“", "”", "‘", "’", "'", "«", "»", " \"Quote,\" ", "“Nested ‘inner’ quote”",
    ".", "...", "…", "?", "!", ";", ":", " — ", "-", "(", ")", "[", "]", "{", "}",
    "\n", "\n\n", "\r\n", "\r", "\t", " ", "\u00a0", "\u2028", "\u200b", "\ufeff",
    "# Heading\n", "> quote\n", "- item\n", "1. item\n", "**bold**", "_em_", "`code`", "```\nfence\n",
    "<!-- comment", "-->", "<p>", "</p>", "<script>", "</script>", "<br/>", "&amp;", "&#8220;", "&bogus;",
    "[link](http://x)", "![img](y)", "<", ">", "---\n", "date: 2022-04-13\n", "title: T\n",
    "By Jane Doe\n", "Related: more\n", "© 2022\n",
    "\x00", "\x01", "\x1b[31m", "\x7f", "\U0001F600", "e\u0301", "ﬁ", "İ", "ß", "١٢٣", "٫",
)

unicode_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=400)

news_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=6)), max_size=60).map("".join)

# A few long or repetitive shapes: long lines, many quotes, many numbers. Kept to
# sizes a normal article reaches; the huge ones are in test_adversarial.py and
# benchmarks/fuzz.py.
long_text = st.one_of(
    st.tuples(st.sampled_from(FRAGMENTS), st.integers(50, 400)).map(lambda t: t[0] * t[1]),
    st.integers(50, 300).map(lambda n: " ".join(f"{i:,}" for i in range(n))),
    st.integers(20, 200).map(lambda n: "“a ” said " * n),
    st.integers(1000, 20000).map(lambda n: "x" * n),
)

article_text = st.one_of(unicode_text, news_text, long_text)
