"""Conventions found read wrong in the corpus and the eighty-first blind wave, each written here in a
wording of its own: a nested list's labels printed as two columns by pdfminer, each over its own texts,
and an outer item's label printed by plain pdftotext before the nested list, its text opening with a
capital."""

from __future__ import annotations

from iomparse.reading_order import labels_before_sublist, paragraph_number_column
from iomparse.source import Line


def _page(*texts: str) -> list[Line]:
    return [Line(number, text, 2) for number, text in enumerate(texts, start=60)]


def _texts(page: list[Line]) -> list[str]:
    return [line.text for line in page if line.text.strip()]


def test_a_nested_lists_labels_printed_after_the_outer_texts_open_the_texts_after_them():
    """pdfminer: ``(a)`` / ``(b)`` / their two texts / ``(i)`` / ``(ii)`` / their two texts, in lower case or
    not: the inner labels open the texts after them, not the outer texts above them (those are taken)."""
    page = _page(
        "The annual report of the Sub-Committee comprises:",
        "",
        "(a)",
        "",
        "(b)",
        "",
        "a summary of the matters considered at each of its meetings;",
        "",
        "the recommendations addressed to the Council, namely:",
        "",
        "(i)",
        "",
        "(ii)",
        "",
        "Recommendation 1, on the level of the reserve for the year to come; and",
        "",
        "Recommendation 2, on the arrears of Member States in the past five years.",
        "",
        "The Sub-Committee adopted the report at its final meeting.",
    )
    texts = _texts(paragraph_number_column(page))
    assert "(a) a summary of the matters considered at each of its meetings;" in texts
    assert "(b) the recommendations addressed to the Council, namely:" in texts
    assert "(i) Recommendation 1, on the level of the reserve for the year to come; and" in texts
    assert "(ii) Recommendation 2, on the arrears of Member States in the past five years." in texts


def test_an_outer_label_printed_before_the_nested_list_opens_the_text_after_it_when_the_list_goes_on():
    """Plain pdftotext: ``(c)`` printed at the height of ``(i)``, before the nested list; the nested list's last
    item ends ``; and``, so the outer list goes on after it: ``(c)`` opens the next text, though that text
    opens with a capital (``Annex II, …``)."""
    page = _page(
        "The report is presented in three parts:",
        "(a)",
        "",
        "an overview of the year;",
        "",
        "(b)",
        "",
        "the audited statements, namely:",
        "",
        "(c)",
        "",
        "(i)",
        "",
        "Statement I, on the financial position at the end of the year; and",
        "",
        "(ii)",
        "",
        "Statement II, on the financial performance of the year; and",
        "",
        "Annex II, which lists the contributions outstanding at the end of the year.",
        "",
        "3.",
        "The statements were audited by the External Auditor.",
    )
    texts = _texts(labels_before_sublist(page))
    assert "(c) Annex II, which lists the contributions outstanding at the end of the year." in texts
    assert "(c)" not in texts


def test_an_outer_label_before_a_nested_list_ending_its_sentence_takes_no_capital_text():
    """The same ``(c)`` printed before a nested list whose last item ends its sentence: the capital text
    after it may be the paragraph going on, so the label stays where it is."""
    page = _page(
        "(b)",
        "",
        "the audited statements, namely:",
        "",
        "(c)",
        "",
        "(i)",
        "",
        "Statement I, on the financial position at the end of the year; and",
        "",
        "(ii)",
        "",
        "Statement II, on the financial performance of the year.",
        "",
        "Annex II lists the contributions outstanding at the end of the year.",
    )
    texts = _texts(labels_before_sublist(page))
    assert "(c)" in texts

