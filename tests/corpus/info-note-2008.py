"""Lays out MC/INF/296, an information note of 2008 for the Ninety-sixth Session
of the IOM Council, as an A4 PDF with reportlab's canvas: a cover sheet, three
pages of text and Annex I (a table).

Run:  /work/corpus/venv/bin/python info-note-2008.py   -> info-note-2008.pdf
"""
import os
import re

from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen import canvas

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "info-note-2008.pdf")

W, H = A4
LM, RM = 70, 70
TW = W - LM - RM
TOP_FIRST = H - 70
TOP_NEXT = H - 104
BOTTOM = 64

BODY = 11.0
LEAD = 13.4
FN = 9.0
FN_LEAD = 10.6
NUM_INDENT = 36

SYMBOL = "MC/INF/296"

# ---------------------------------------------------------------- inline text
FACES = {
    (False, False): "Times-Roman",
    (True, False): "Times-Bold",
    (False, True): "Times-Italic",
    (True, True): "Times-BoldItalic",
}
TAG = re.compile(r"(</?b>|</?i>|</?sup>)")


def words_of(text, size, bold=False, italic=False):
    """Split marked-up text into words; a word is a list of
    (string, font, size, rise) segments."""
    words, cur = [], []
    sup = False
    for tok in TAG.split(text):
        if tok in ("<b>", "</b>"):
            bold = tok == "<b>"
            continue
        if tok in ("<i>", "</i>"):
            italic = tok == "<i>"
            continue
        if tok in ("<sup>", "</sup>"):
            sup = tok == "<sup>"
            continue
        if not tok:
            continue
        parts = tok.split(" ")
        for k, part in enumerate(parts):
            if k > 0 and cur:
                words.append(cur)
                cur = []
            if part:
                font = FACES[(bold, italic)]
                if sup:
                    cur.append((part, font, size * 0.66, size * 0.36))
                else:
                    cur.append((part, font, size, 0.0))
    if cur:
        words.append(cur)
    return words


def word_width(word):
    return sum(stringWidth(s, f, z) for s, f, z, _ in word)


def wrap(words, first_width, rest_width, size):
    lines, cur, cur_w = [], [], 0.0
    space = stringWidth(" ", "Times-Roman", size)
    width = first_width
    for w in words:
        ww = word_width(w)
        need = ww if not cur else cur_w + space + ww
        if cur and need > width:
            lines.append(cur)
            cur, cur_w = [w], ww
            width = rest_width
        else:
            cur.append(w)
            cur_w = need
    if cur:
        lines.append(cur)
    return lines


def draw_words(c, x, y, line, size, width=None, justify=False):
    natural = sum(word_width(w) for w in line) + stringWidth(" ", "Times-Roman", size) * (len(line) - 1)
    extra = 0.0
    if justify and width and len(line) > 1:
        extra = (width - natural) / (len(line) - 1)
    t = c.beginText(x, y)
    t.setWordSpace(extra)
    for k, w in enumerate(line):
        for s, f, z, rise in w:
            t.setFont(f, z)
            t.setRise(rise)
            t.textOut(s)
        t.setRise(0)
        if k < len(line) - 1:
            t.setFont("Times-Roman", size)
            t.textOut(" ")
    c.drawText(t)




# ---------------------------------------------------------------- page engine
class Doc:
    def __init__(self, path, footnotes):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.c.setTitle("MC/INF/296 - Regional consultative processes on migration")
        self.c.setAuthor("IOM")
        self.footnotes = footnotes
        self.page_label = 0          # printed page number; the cover has none
        self.annex = None            # annex label printed in the running header
        self.y = TOP_FIRST
        self.page_fns = []

    def fn_lines(self, marker):
        words = words_of("<sup>%s</sup> %s" % (marker, self.footnotes[marker]), FN)
        return wrap(words, TW, TW, FN)

    def fn_height(self, markers):
        if not markers:
            return 0.0
        h = 16.0
        for m in markers:
            h += len(self.fn_lines(m)) * FN_LEAD + 3
        return h

    def draw_footnotes(self):
        if not self.page_fns:
            return
        c = self.c
        y = BOTTOM + self.fn_height(self.page_fns) - 6
        c.setFont("Times-Roman", FN)
        c.drawString(LM, y, "__________")
        y -= 13
        for m in self.page_fns:
            for line in self.fn_lines(m):
                draw_words(c, LM, y, line, FN)
                y -= FN_LEAD
            y -= 3

    def running_header(self):
        c = self.c
        c.setFont("Times-Roman", 10)
        y = H - 50
        c.drawRightString(W - RM, y, SYMBOL)
        if self.annex:
            y -= 12
            c.drawRightString(W - RM, y, self.annex)
        y -= 12
        c.drawRightString(W - RM, y, "Page %d" % self.page_label)

    def new_page(self, annex=None, restart=False):
        self.draw_footnotes()
        self.c.showPage()
        if annex:
            self.annex = annex
        self.page_label = 1 if restart else self.page_label + 1
        self.page_fns = []
        if self.page_label == 1 and not self.annex:
            self.y = TOP_FIRST          # first text page: no running header
        else:
            self.running_header()
            self.y = TOP_NEXT

    def room(self, height, new_markers=()):
        limit = BOTTOM + self.fn_height(self.page_fns + list(new_markers))
        return self.y - height >= limit

    def ensure(self, height, new_markers=()):
        if not self.room(height, new_markers):
            self.new_page()

    def space(self, pts):
        if self.y < TOP_NEXT:
            self.y -= pts

    def centred(self, text, font="Times-Bold", size=BODY, before=0, after=0):
        self.y -= before
        words = words_of(text, size, bold=(font == "Times-Bold"))
        for line in wrap(words, TW - 40, TW - 40, size):
            self.y -= LEAD
            w = sum(word_width(x) for x in line) + stringWidth(" ", "Times-Roman", size) * (len(line) - 1)
            draw_words(self.c, LM + (TW - w) / 2, self.y, line, size)
        self.y -= after

    def heading(self, label, text, before=12, after=4, bold=True, italic=False, keep=3):
        self.space(before)
        self.ensure(LEAD * (1 + keep))
        self.y -= LEAD
        face = FACES[(bold, italic)]
        self.c.setFont(face, BODY)
        if label:
            self.c.drawString(LM, self.y, label)
            self.c.drawString(LM + NUM_INDENT, self.y, text)
        else:
            self.c.drawString(LM, self.y, text)
        self.y -= after

    def _flow(self, text, x_first, x_rest, w_first, w_rest, label=None, label_x=None, size=BODY, lead=LEAD):
        words = words_of(text, size)
        lines = wrap(words, w_first, w_rest, size)
        for i, line in enumerate(lines):
            line_markers = [s for w in line for (s, f, z, r) in w if r > 0]
            need = [m for m in line_markers if m not in self.page_fns]
            if i == 0 and len(lines) > 1:
                self.ensure(lead * 2, need)
            else:
                self.ensure(lead, need)
            self.page_fns.extend(need)
            self.y -= lead
            last = i == len(lines) - 1
            if i == 0:
                if label is not None:
                    self.c.setFont("Times-Roman", size)
                    self.c.drawString(label_x, self.y, label)
                draw_words(self.c, x_first, self.y, line, size, w_first, justify=not last)
            else:
                draw_words(self.c, x_rest, self.y, line, size, w_rest, justify=not last)

    def para(self, num, text, before=9):
        self.space(before)
        self._flow(text, LM + NUM_INDENT, LM, TW - NUM_INDENT, TW, label="%d." % num, label_x=LM)

    def text(self, text, before=9, indent=0, size=BODY):
        self.space(before)
        self._flow(text, LM + indent, LM + indent, TW - indent, TW - indent, size=size)

    def item(self, label, text, indent=NUM_INDENT, hang=28, before=6):
        self.space(before)
        x = LM + indent + hang
        self._flow(text, x, x, TW - indent - hang, TW - indent - hang, label=label, label_x=LM + indent)

    def table(self, caption, head, rows, cols, size=9.0, lead=12.6, before=10):
        c = self.c
        self.space(before)
        self.ensure(lead * (len(rows) + len(head) + 3))
        if caption:
            self.y -= lead
            c.setFont("Times-Roman", 10)
            c.drawCentredString(LM + TW / 2, self.y, caption)
            self.y -= 6
        c.setLineWidth(0.6)
        c.rect(LM, self.y - lead * (len(head) + len(rows)) - 6, TW, lead * (len(head) + len(rows)) + 3)
        for hrow in head:
            self.y -= lead
            for (x, w, al), cell in zip(cols, hrow):
                c.setFont("Times-Bold", size)
                c.drawString(LM + x, self.y, cell) if al == "l" else c.drawCentredString(LM + x + w / 2, self.y, cell)
        c.line(LM, self.y - 4, LM + TW, self.y - 4)
        for (x, w, al) in cols[1:]:
            c.line(LM + x - 4, self.y + lead - 3, LM + x - 4, self.y - lead * len(rows) - 6)
        self.y -= 2
        for row in rows:
            self.y -= lead
            for (x, w, al), cell in zip(cols, row):
                c.setFont("Times-Roman", size)
                c.drawString(LM + x, self.y, cell) if al == "l" else c.drawCentredString(LM + x + w / 2, self.y, cell)
        self.y -= 10

    def finish(self):
        self.draw_footnotes()
        self.c.showPage()
        self.c.save()


# ---------------------------------------------------------------- content
TITLE_1 = "REGIONAL CONSULTATIVE PROCESSES ON MIGRATION:"
TITLE_2 = "IOM\u2019S SUPPORT AND THE WAY FORWARD"

FOOTNOTES = {
    "1": "Resolution No. 1150 of 7 June 2007 endorsed the IOM Strategy set out in document "
         "MC/INF/287, activity 9 of which refers to support for regional consultative processes.",
    "2": "Some processes, such as the Colombo Process, meet at ministerial level only; "
         "their senior officials gather in preparatory meetings that are not counted here.",
    "3": "The figure covers 2006 and 2007. Contributions made in kind, for example by host "
         "governments providing conference facilities, are not included.",
    "4": "The second meeting of the Global Forum on Migration and Development took place in "
         "Manila from 27 to 30 October 2008. IOM\u2019s contribution is described in document "
         "MC/INF/295.",
    "5": "See the report of the intersessional workshop held on 9 and 10 October 2008 (document "
         "MC/INF/294, paragraphs 12 to 15).",
}


def cover(d):
    c = d.c
    c.setFont("Times-Roman", 11)
    y = TOP_FIRST + 14
    for line in (SYMBOL, "Original: English", "3 November 2008"):
        c.drawRightString(W - RM, y, line)
        y -= 13
    y -= 40
    c.setFont("Times-Bold", 11)
    c.drawString(LM, y, "NINETY-SIXTH SESSION")
    y -= 6
    c.setFont("Times-Roman", 11)
    c.drawString(LM, y, "_" * 86)
    y -= 120
    c.setFont("Times-Bold", 12)
    c.drawCentredString(W / 2, y, TITLE_1)
    y -= 16
    c.drawCentredString(W / 2, y, TITLE_2)
    y -= 30
    c.setFont("Times-Roman", 11)
    c.drawCentredString(W / 2, y, "(Background document submitted by the Administration)")
    # trilingual cover footer
    c.setFont("Times-Bold", 12)
    c.setLineWidth(1)
    c.line(LM, 86, W - RM, 86)
    c.drawString(LM + 40, 66, "COUNCIL")
    c.drawCentredString(W / 2, 66, "CONSEIL")
    c.drawRightString(W - RM - 40, 66, "CONSEJO")


def body(d):
    d.new_page()                                  # text page 1
    d.centred(TITLE_1 + " " + TITLE_2, font="Times-Roman", after=8)

    d.heading("I.", "INTRODUCTION")
    d.para(1, "Since the mid-1990s, regional consultative processes on migration (RCPs) have become "
              "one of the main settings in which governments of a region discuss migration questions "
              "of common concern outside formal negotiation. In adopting the IOM Strategy, Member "
              "States asked the Organization to support such processes where they so "
              "wished.<sup>1</sup>")
    d.para(2, "This note takes stock of that support. It recalls how the processes have developed, "
              "outlines what IOM currently does for them and raises a number of questions on which "
              "the Administration would value the guidance of the Council.")
    d.para(3, "The processes to which IOM provides secretariat services or regular technical support "
              "are listed in Annex I.")

    d.heading("II.", "THE LANDSCAPE OF REGIONAL CONSULTATIVE PROCESSES")
    d.heading("II.1", "Origins and growth", bold=False, italic=True, before=6)
    d.para(4, "The earliest processes grew out of the concerns of destination countries in Europe and "
              "North America about asylum flows at the end of the 1980s. The Budapest Process was "
              "launched in 1991 and the Regional Conference on Migration, known as the Puebla "
              "Process, in 1996.")
    d.para(5, "The number of processes has more than doubled since 2000. Most of the newer ones "
              "bring together countries of origin, as in the Colombo Process of Asian labour-sending "
              "States, or combine countries of origin, transit and destination in one forum, as the "
              "Abu Dhabi Dialogue set up in January 2008 does.")
    d.heading("II.2", "Common features", bold=False, italic=True, before=6)
    d.para(6, "Although they differ in size, membership and focus, the processes share several "
              "characteristics:")
    d.item("(a)", "they are informal and non-binding, which allows participants to exchange views "
                  "without committing their governments to a negotiated text;")
    d.item("(b)", "they are led by States, which set the agenda and usually take turns to chair "
                  "the process;")
    d.item("(c)", "they meet at regular intervals, generally once a year at the level of senior "
                  "officials;<sup>2</sup> and")
    d.item("(d)", "most rely on a small secretariat, which in many cases is provided by IOM or by "
                  "another international organization.")
    d.para(7, "Over time, several processes have moved from general information-sharing to practical "
              "cooperation, for instance in the training of border officials, the exchange of "
              "statistical data and the return of stranded migrants.")

    d.heading("III.", "IOM\u2019S SUPPORT TO THE PROCESSES")
    d.heading("III.1", "Secretariat and technical support", bold=False, italic=True, before=6)
    d.para(8, "IOM serves as secretariat, or co-secretariat, to five processes and provides regular "
              "technical support to four others. At the request of the participating States, this "
              "work covers:")
    d.item("\u2022", "the preparation of background papers and agendas;", hang=18, before=4)
    d.item("\u2022", "the logistical organization of meetings and the drafting of their reports;", hang=18, before=4)
    d.item("\u2022", "the design and implementation of capacity-building projects agreed by the process; and", hang=18, before=4)
    d.item("\u2022", "the management of funds contributed for the activities of the process.", hang=18, before=4)
    d.para(9, "In addition, IOM regional offices maintain working contacts with the chairs of the "
              "processes between meetings, which helps to ensure continuity when the chair rotates.")
    d.heading("III.2", "Funding", bold=False, italic=True, before=6)
    d.para(10, "Support to the processes is financed almost entirely from earmarked contributions. "
               "Over the last two years, IOM received some USD 4.2 million for this purpose from "
               "eleven donors.<sup>3</sup> A further USD 250,000 was allocated from Discretionary "
               "Income in the Programme and Budget for 2008 (MC/2233) to bridge gaps in secretariat "
               "funding.")
    d.para(11, "The reliance on project funding leaves several secretariats exposed when a donor "
               "withdraws. Two processes had to postpone their annual meetings in 2007 for that reason.")

    d.heading("IV.", "ISSUES FOR CONSIDERATION")
    d.para(12, "The growing number of processes, and their links with global forums such as the "
               "Global Forum on Migration and Development,<sup>4</sup> raise questions that Member "
               "States may wish to address:")
    d.item("(a)", "whether the processes would benefit from more regular exchanges among "
                  "themselves, building on the first global meeting of RCP chairs held in 2005;")
    d.item("(b)", "how the outcomes of regional discussions could inform the International Dialogue "
                  "on Migration; and")
    d.item("(c)", "what level of core funding, if any, IOM should devote to secretariat functions.")
    d.para(13, "Participants in the intersessional workshop held in October 2008 expressed broad "
               "support for closer exchanges among the processes but were divided on the question "
               "of core funding.<sup>5</sup>")

    d.heading("V.", "CONCLUSION")
    d.para(14, "Regional consultative processes have shown that informal, State-led dialogue can "
               "build the trust needed for practical cooperation on migration. IOM intends to "
               "continue its support within the means made available to it.")
    d.para(15, "The Administration invites the Council to take note of this document and to "
               "share its views on the questions set out in paragraph 12.")


def annex(d):
    d.new_page(annex="Annex I", restart=True)
    d.centred("Annex I", font="Times-Bold", after=4)
    d.centred("REGIONAL CONSULTATIVE PROCESSES SUPPORTED BY IOM", font="Times-Bold", after=6)
    d.table("(as at 30 September 2008)",
            [["Process", "Region", "Established", "Role of IOM"]],
            [["Budapest Process", "Europe and neighbours", "1991", "Technical support"],
             ["Regional Conference on Migration", "North and Central America", "1996", "Secretariat"],
             ["South American Conference on Migration", "South America", "1999", "Secretariat"],
             ["Migration Dialogue for Southern Africa", "Southern Africa", "2000", "Secretariat"],
             ["Migration Dialogue for West Africa", "West Africa", "2001", "Technical support"],
             ["Bali Process", "Asia and the Pacific", "2002", "Technical support"],
             ["Colombo Process", "Asia", "2003", "Secretariat"],
             ["Intergovernmental Authority on Development RCP", "Eastern Africa", "2008", "Co-secretariat"],
             ["Abu Dhabi Dialogue", "Asia and the Gulf", "2008", "Technical support"]],
            [(5, 200, "l"), (209, 115, "l"), (328, 52, "c"), (384, 70, "l")])
    d.text("Note: The list does not include inter-regional forums or processes in which IOM "
           "takes part only as an observer.", before=4, size=10)


def main():
    d = Doc(OUT, FOOTNOTES)
    cover(d)
    body(d)
    annex(d)
    d.finish()


if __name__ == "__main__":
    main()
