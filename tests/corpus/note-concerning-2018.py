# Lays out an invented IOM Council document of 2018: a "NOTE CONCERNING DOCUMENT" sheet
# (C/Sp/3/6/Rev.1) followed by the report it concerns (C/Sp/3/6), on A4.
import os
import re
from reportlab.pdfgen import canvas
from reportlab.pdfbase.pdfmetrics import stringWidth

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "note-concerning-2018.pdf")

PAGE_W, PAGE_H = 595.27, 841.89
LM = 70.0
RM = PAGE_W - 70.0
TW = RM - LM
TOP = PAGE_H - 92.0          # first baseline of body text on pages with a running header
BOTTOM = 62.0                # lowest baseline allowed (footnotes included)

F, FB, FI = "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"
SZ, LEAD = 10.5, 13.6        # body text
FNSZ, FNLEAD = 8.5, 10.4     # footnotes
SUPSZ, SUPRISE = 6.5, 3.6    # raised markers
FN_SUPSZ = 6.0

SELF = "C/Sp/3/6"
REV = "C/Sp/3/6/Rev.1"

# ----------------------------------------------------------------------------------------------
# Text of the report.  "{n}" is a footnote marker, "~" a permitted hyphenation point.
# ----------------------------------------------------------------------------------------------
FOOTNOTES = {
    "1": "United Nations General Assembly resolution 71/1 of 19 September 2016. The modalities of the "
         "intergovernmental negotiations were later set out in General Assembly resolution 71/280 of "
         "6 April 2017; see also the background note C/Sp/3/INF/1.",
    "2": "The list of participants is contained in document C/Sp/3/5. Unless otherwise indicated, the "
         "documents referred to in this report are available on the IOM website.",
    "3": "The officers were elected at the third meeting of the 108th Session, on 28 November 2017 "
         "(see document C/108/23).",
    "4": "Several delegations referred in this connection to the Migration Crisis Operational Framework "
         "(MC/2355) and to the experience gained through the IOM Development Fund.",
}

MEMBERS = (
    "Afghanistan, Albania, Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, "
    "Bangladesh, Belarus, Belgium, Benin, Bolivia (Plurinational State of), Bosnia and Herzegovina, "
    "Brazil, Bulgaria, Burkina Faso, Burundi, Cabo Verde, Cameroon, Canada, Chad, Chile, China, "
    "Colombia, Costa Rica, C\u00f4te d'Ivoire, Croatia, Cyprus, Czechia, Democratic Republic of the "
    "Congo, Denmark, Djibouti, Dominican Republic, Ecuador, Egypt, El Salvador, Estonia, Ethiopia, "
    "Fiji, Finland, France, Gabon, Georgia, Germany, Ghana, Greece, Guatemala, Guinea, Haiti, "
    "Honduras, Hungary, India, Iran (Islamic Republic of), Ireland, Israel, Italy, Jamaica, Japan, "
    "Jordan, Kenya, Kyrgyzstan, Latvia, Lebanon, Lesotho, Libya, Lithuania, Luxembourg, Madagascar, "
    "Mali, Malta, Mauritania, Mauritius, Mexico, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, "
    "Namibia, Nepal, Netherlands, New Zealand, Niger, Nigeria, Norway, Pakistan, Panama, Paraguay, "
    "Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of Moldova, Romania, Rwanda, "
    "Senegal, Serbia, Slovakia, Somalia, South Africa, South Sudan, Spain, Sri Lanka, Sudan, Sweden, "
    "Switzerland, Thailand, Togo, Tunisia, Turkey, Uganda, Ukraine, United Kingdom of Great Britain "
    "and Northern Ireland, United Republic of Tanzania, United States of America, Uruguay, Venezuela "
    "(Bolivarian Republic of), Viet Nam, Yemen, Zambia and Zimbabwe."
)

BODY = [
    ("title", "REPORT ON THE THIRD SPECIAL SESSION OF THE COUNCIL"),
    ("heading", "Introduction"),
    ("para", "1", "The Council held its Third Special Session at the Palais des Nations, Geneva, on "
     "16 and 17 April 2018. The session was convened by the Chairperson at the request of the "
     "Director General, in accordance with the Constitution and the Rules of Procedure for the "
     "Council, and comprised four meetings."),
    ("para", "2", "The sole substantive item before the Council was the contribution of the "
     "Organi~zation to the inter~governmental negotiations on the global compact for safe, orderly "
     "and regular migration, and the role that Member States might entrust to IOM in the "
     "implemen~tation, follow-up and review of the compact. The Adminis~tration had set out its "
     "proposals in document C/Sp/3/3, which was accompanied by a background note on the "
     "consul~tations held with Member States since the adoption of the New York Declaration for "
     "Refugees and Migrants.{1}"),
    ("heading", "Attendance"),
    ("para", "3", "The following Member States were represented:{2} " + MEMBERS),
    ("para", "4", "The Holy See and the Sovereign Order of Malta were represented by observers. "
     "Bhutan, Indonesia, Qatar and Saudi Arabia were also represented by observers."),
    ("para", "5", "The following international organizations were represented by observers:"),
    ("item", "(a)", "the United Nations, the Office of the United Nations High Commissioner for "
     "Refugees, the International Labour Organi~zation, the United Nations Development Programme "
     "and the World Health Organi~zation;"),
    ("item", "(b)", "the African Union, the European Union, the League of Arab States, the "
     "Organi~zation of American States and the International Centre for Migration Policy "
     "Development; and"),
    ("item", "(c)", "the International Committee of the Red Cross and the International Federation "
     "of Red Cross and Red Crescent Societies."),
    ("para", "6", "Fourteen non-govern~mental organizations were also represented by observers."),
    ("heading", "Opening of the session and credentials of representatives and observers"),
    ("para", "7", "The Chairperson of the Council, H.E. Ms M. Ferreira Lopes (Cabo Verde), opened "
     "the session on Monday, 16 April 2018, at 10.15 a.m."),
    ("para", "8", "The Council noted that the Director General had examined the credentials of the "
     "representatives of the Member States listed in paragraph 3 and had found them to be in order, "
     "and that the observers listed in paragraphs 4 to 6 had been duly accredited."),
    ("heading", "Officers of the session"),
    ("para", "9", "The Council recalled that the officers elected at its 108th Session would remain "
     "in office until the opening of the 109th Session.{3} The Bureau of the Third Special Session "
     "was therefore composed as follows:"),
    ("bullet", "Chairperson: H.E. Ms M. Ferreira Lopes (Cabo Verde)"),
    ("bullet", "First Vice-Chairperson: Mr A. Rahman Chowdhury (Bangladesh)"),
    ("bullet", "Second Vice-Chairperson: Ms E. Halvorsen (Norway)"),
    ("bullet", "Rapporteur: Ms N. Rahimova (Azerbaijan)"),
    ("heading", "Adoption of the agenda"),
    ("para", "10", "The Council adopted the agenda set out in document C/Sp/3/1/Rev.1."),
    ("heading", "Statement by the Director General"),
    ("para", "11", "The Director General said that the negotiations on the global compact had "
     "reached a decisive stage. With the third round of inter~governmental negotiations completed in "
     "New York, the co-facilitators had asked the Organi~zation to describe the operational support "
     "it could offer to States once the compact had been adopted at the inter~governmental "
     "conference planned for December 2018 in Morocco."),
    ("para", "12", "He recalled that the Agreement concerning the Relationship between the United "
     "Nations and the International Organi~zation for Migration, approved by the Council through "
     "Reso~lution No. 1317 of 30 June 2016, had brought IOM into the United Nations system as a "
     "related organization, and that the Migration Governance Framework, endorsed through "
     "Reso~lution No. 1310 of 24 November 2015, offered a sound basis for the Organi~zation's support "
     "to Member States."),
    ("para", "13", "The Director General stressed that any new responsi~bilities would require "
     "predictable and flexible funding. The cost estimates presented in Annex II of document "
     "C/Sp/3/3 were provisional and would be refined once the final text of the compact was "
     "known."),
    ("heading", "IOM and the global compact for safe, orderly and regular migration"),
    ("subheading", "(a)", "Presentation by the Administration"),
    ("para", "14", "The Deputy Director General introduced document C/Sp/3/3, which proposed that "
     "the Organi~zation (1) continue to provide technical expertise to the co-facilitators during the "
     "remaining rounds of negotiations, (2) prepare, together with the entities of the United "
     "Nations system, a proposal for a network on migration to support implementation, and "
     "(3) assist Member States in their preparations for the first review forum."),
    ("para", "15", "She added that the Adminis~tration had held four informal consul~tations with "
     "Member States between January and March 2018, the outcome of which was summarized in "
     "document C/Sp/3/INF/1."),
    ("subheading", "(b)", "Discussion"),
    ("para", "16", "Delegations welcomed the document and the transparency of the consul~tations "
     "that had preceded it. Many of them underlined the following points:"),
    ("bullet", "the global compact should remain a non-legally binding, cooperative framework that "
     "respected the sovereignty of States;"),
    ("bullet", "IOM's operational presence in the field and its long experience of migration "
     "management made it well placed to support States in implementing the compact;{4}"),
    ("bullet", "the role of the Organi~zation should be defined in a manner that avoided "
     "duplication with other entities of the United Nations system; and"),
    ("bullet", "the additional costs should not be met from the assessed contributions of Member "
     "States to the Administrative Part of the Budget."),
    ("para", "17", "One delegation, speaking on behalf of the African Group, stated that the compact "
     "should give due attention to the develop~mental aspects of migration and to regular pathways, "
     "and called on the Adminis~tration to strengthen its regional offices on the continent. "
     "Another delegation, speaking on behalf of the European Union and its member States, "
     "emphasized cooperation on return, readmission and sustainable reinte~gration."),
    ("para", "18", "Some delegations expressed reservations about the proposed network on "
     "migration and requested further detail on its governance and on the respective "
     "responsi~bilities of its members before any decision was taken. One delegation stated that "
     "its Govern~ment was reviewing its position on the global compact as a whole and could not, "
     "at that stage, join the consensus on the draft resolution."),
    ("para", "19", "In reply, the Director General assured the Council that no structural change "
     "would be made without prior consultation with Member States through the Standing Committee "
     "on Pro~grammes and Finance, which would review the matter at its Twenty-second Session in "
     "June 2018."),
    ("subheading", "(c)", "Decision of the Council"),
    ("para", "20", "The Council took note of documents C/Sp/3/3 and C/Sp/3/INF/1 and adopted "
     "Reso~lution No. 1359 of 17 April 2018 on the role of IOM in the implementation, follow-up and "
     "review of the global compact for safe, orderly and regular migration. One Member State "
     "dissociated itself from the consensus."),
    ("heading", "Closure of the session"),
    ("para", "21", "The Chairperson declared the Third Special Session closed on Tuesday, "
     "17 April 2018, at 12.40 p.m."),
]

# ----------------------------------------------------------------------------------------------
# Line breaking
# ----------------------------------------------------------------------------------------------
TOKEN = re.compile(r"\{(\w+)\}")


def pieces(word, font, size, supsz):
    """Split a word into runs: (text, font, size, rise, fn_id)."""
    out = []
    pos = 0
    for m in TOKEN.finditer(word):
        if m.start() > pos:
            out.append((word[pos:m.start()], font, size, 0, None))
        out.append((m.group(1), font if font != FB else F, supsz, SUPRISE, m.group(1)))
        pos = m.end()
    if pos < len(word):
        out.append((word[pos:], font, size, 0, None))
    return out


def runs_width(runs):
    return sum(stringWidth(t, f, s) for (t, f, s, r, n) in runs)


def break_lines(text, widths, font=F, size=SZ, supsz=SUPSZ):
    """Greedy line breaking. widths(i) -> available width of line i. Returns list of lines,
    each a list of words, each word a list of runs. '~' marks a hyphenation point."""
    words = text.split()
    lines, cur, curw = [], [], 0.0
    space = stringWidth(" ", font, size)
    i = 0
    while i < len(words):
        w = words[i]
        avail = widths(len(lines))
        plain = w.replace("~", "")
        wr = pieces(plain, font, size, supsz)
        ww = runs_width(wr)
        need = ww + (space if cur else 0)
        if curw + need <= avail:
            cur.append(wr)
            curw += need
            i += 1
            continue
        # try hyphenation
        if "~" in w and cur:
            parts = w.split("~")
            done = False
            for k in range(len(parts) - 1, 0, -1):
                head = "".join(parts[:k]) + "-"
                hr = pieces(head, font, size, supsz)
                if curw + space + runs_width(hr) <= avail:
                    cur.append(hr)
                    lines.append(cur)
                    cur, curw = [], 0.0
                    words[i] = "~".join(parts[k:])
                    done = True
                    break
            if done:
                continue
        if not cur:
            cur.append(wr)
            curw = ww
            i += 1
            continue
        lines.append(cur)
        cur, curw = [], 0.0
    if cur:
        lines.append(cur)
    return lines


def line_natural(words, font=F, size=SZ):
    space = stringWidth(" ", font, size)
    return sum(runs_width(w) for w in words) + space * (len(words) - 1)


def line_runs(words):
    """Flatten words into runs separated by spaces (space attached to preceding normal run)."""
    runs = []
    for k, w in enumerate(words):
        for r in w:
            runs.append(list(r))
        if k < len(words) - 1:
            last = runs[-1]
            if last[3] == 0:
                last[0] += " "
            else:
                runs.append([" ", F, SZ, 0, None])
    return runs


# ----------------------------------------------------------------------------------------------
# Page model: each page a list of drawing operations
# ----------------------------------------------------------------------------------------------
class Page:
    def __init__(self, label):
        self.label = label
        self.ops = []          # ("line", x, y, runs, wordspace)
        self.fns = []          # footnote ids on this page
        self.y = TOP


def fn_lines(fid):
    ind = 10.0
    return break_lines(FOOTNOTES[fid], lambda i: TW - ind, font=F, size=FNSZ)


def fn_height(fid):
    return len(fn_lines(fid)) * FNLEAD + 2.0


FN_RULE_SPACE = 20.0


class Layout:
    def __init__(self):
        self.pages = []
        self.heading_pages = {}
        self.new_page()

    def new_page(self):
        self.pages.append(Page(str(len(self.pages) + 1)))
        self.page = self.pages[-1]

    def fn_reserved(self, extra_ids=()):
        ids = list(self.page.fns) + [i for i in extra_ids if i not in self.page.fns]
        if not ids:
            return 0.0
        return FN_RULE_SPACE + sum(fn_height(i) for i in ids)

    def fits(self, y, extra_ids=()):
        return y >= BOTTOM + self.fn_reserved(extra_ids)

    def place_line(self, x, runs, ws, gap_before=0.0):
        ids = [r[4] for r in runs if r[4]]
        y = self.page.y - gap_before
        if not self.fits(y, ids):
            self.new_page()
            y = self.page.y
        self.page.ops.append(("line", x, y, runs, ws))
        for i in ids:
            if i not in self.page.fns:
                self.page.fns.append(i)
        self.page.y = y - LEAD
        return y

    def room_lines(self, n, gap):
        return self.fits(self.page.y - gap - (n - 1) * LEAD)

    def block(self, text, x_first, x_rest, w_first, w_rest, label=None, label_x=None,
              gap=LEAD, font=F, justify=True):
        lines = break_lines(text, lambda i: w_first if i == 0 else w_rest, font=font)
        for k, words in enumerate(lines):
            x = x_first if k == 0 else x_rest
            avail = w_first if k == 0 else w_rest
            runs = line_runs(words)
            for r in runs:
                if r[3] == 0:
                    r[1] = font
            ws = 0.0
            nspaces = len(words) - 1
            if justify and k < len(lines) - 1 and nspaces > 0:
                ws = (avail - line_natural(words, font)) / nspaces
            if k == 0 and label:
                lf = "Symbol" if label == "\u2022" else font
                runs = [[label, lf, SZ, 0, None, label_x]] + runs
            y = self.place_line(x, runs, ws, gap_before=gap if k == 0 else 0.0)
            if k == 0 and self.page.y + LEAD != y:
                pass

    def heading(self, text, font=FB, label=None, keep=4):
        # keep with the next lines
        if not self.room_lines(keep, LEAD):
            self.new_page()
        self.heading_pages.setdefault(text, self.page.label)
        runs = [[text, font, SZ, 0, None]]
        x = LM
        if label:
            runs = [[label, font, SZ, 0, None, LM]] + [[text, font, SZ, 0, None]]
            x = LM + 36
        gap = LEAD if self.page.ops else 0.0
        self.place_line(x, runs, 0.0, gap_before=gap)

    def title(self, text):
        w = stringWidth(text, FB, SZ + 0.5)
        self.page.ops.append(("line", (PAGE_W - w) / 2, self.page.y, [[text, FB, SZ + 0.5, 0, None]], 0.0))
        self.page.y -= LEAD


def build_body():
    L = Layout()
    prev = None
    for n, b in enumerate(BODY):
        kind = b[0]
        nxt = BODY[n + 1][0] if n + 1 < len(BODY) else None
        if kind == "title":
            L.title(b[1])
            L.page.y -= 4
        elif kind == "heading":
            L.heading(b[1], keep=6 if nxt == "subheading" else 4)
        elif kind == "subheading":
            L.heading(b[2], font=FI, label=b[1])
        elif kind == "para":
            gap = LEAD if prev not in ("heading", "subheading") else 6.0
            L.block(b[2], LM + 36, LM, TW - 36, TW, label=b[1] + ".", label_x=LM, gap=gap)
        elif kind == "item":
            gap = 6.0
            L.block(b[2], LM + 72, LM + 72, TW - 72, TW - 72, label=b[1], label_x=LM + 36, gap=gap)
        elif kind == "bullet":
            gap = 4.0
            L.block(b[1], LM + 54, LM + 54, TW - 54, TW - 54, label="\u2022", label_x=LM + 36, gap=gap)
        prev = kind
    return L


# ----------------------------------------------------------------------------------------------
# Drawing
# ----------------------------------------------------------------------------------------------
def draw_runs(c, x, y, runs, ws):
    # A run of 6 elements carries its own x (a label drawn apart from the text)
    for r in runs:
        if len(r) == 6:
            c.setFont(r[1], r[2])
            c.drawString(r[5], y, r[0])
    body = [r for r in runs if len(r) != 6]
    t = c.beginText(x, y)
    t.setWordSpace(ws)
    for (text, font, size, rise, fid) in body:
        t.setFont(font, size)
        t.setRise(rise)
        t.textOut(text)
    t.setRise(0)
    c.drawText(t)


def right(c, text, y, font=F, size=10):
    c.setFont(font, size)
    c.drawRightString(RM, y, text)


def centre(c, text, y, font=F, size=SZ):
    c.setFont(font, size)
    c.drawCentredString(PAGE_W / 2, y, text)


def running_header(c, label):
    right(c, SELF, PAGE_H - 42)
    right(c, "Page " + label, PAGE_H - 54)


def draw_footnotes(c, fids):
    if not fids:
        return
    total = sum(fn_height(i) for i in fids)
    y = BOTTOM + total - FNLEAD + 2.0
    c.setLineWidth(0.5)
    c.line(LM, y + FNLEAD + 1.5, LM + 130, y + FNLEAD + 1.5)
    for fid in fids:
        lines = fn_lines(fid)
        for k, words in enumerate(lines):
            runs = line_runs(words)
            for r in runs:
                r[1], r[2] = (F, FNSZ) if r[3] == 0 else (F, FN_SUPSZ)
            ws = 0.0
            if k < len(lines) - 1 and len(words) > 1:
                ws = (TW - 10 - line_natural(words, F, FNSZ)) / (len(words) - 1)
            if k == 0:
                t = c.beginText(LM, y)
                t.setFont(F, FN_SUPSZ)
                t.setRise(3.2)
                t.textOut(fid)
                t.setRise(0)
                c.drawText(t)
            draw_runs(c, LM + 10, y, runs, ws)
            y -= FNLEAD
        y -= 2.0


def para_text(c, text, x, y, w, font=F, size=SZ, lead=LEAD):
    lines = break_lines(text, lambda i: w, font=font, size=size)
    for k, words in enumerate(lines):
        runs = line_runs(words)
        for r in runs:
            r[1], r[2] = font, size
        ws = 0.0
        if k < len(lines) - 1 and len(words) > 1:
            ws = (w - line_natural(words, font, size)) / (len(words) - 1)
        draw_runs(c, x, y, runs, ws)
        y -= lead
    return y


def header_block(c, symbol, date):
    right(c, symbol, PAGE_H - 56, FB, 11)
    right(c, "Original: English", PAGE_H - 70, F, 10.5)
    right(c, date, PAGE_H - 84, F, 10.5)


def note_page(c):
    header_block(c, REV, "10 December 2018")
    centre(c, "COUNCIL", 680, FB, 12)
    centre(c, "109th Session", 664, F, 11.5)
    centre(c, "NOTE CONCERNING DOCUMENT " + SELF, 560, FB, 12)
    y = 510
    y = para_text(c, "The Council, at its 109th Session, approved the Report on the Third Special "
                     "Session of the Council (" + SELF + ") without amendment through Resolution "
                     "No. 1368 of 28 November 2018.", LM + 36, y, TW - 72)
    y -= LEAD
    para_text(c, "Readers are kindly requested to attach this note to the cover of document "
                 + SELF + ", which is reproduced on the following pages. No other change has been "
                 "made to the text.", LM + 36, y, TW - 72)
    c.showPage()


def cover_page(c):
    header_block(c, SELF, "25 May 2018")
    centre(c, "COUNCIL", 680, FB, 12)
    centre(c, "Third Special Session", 664, F, 11.5)
    centre(c, "REPORT ON THE THIRD SPECIAL SESSION", 560, FB, 12.5)
    centre(c, "OF THE COUNCIL", 542, FB, 12.5)
    centre(c, "Geneva", 470, F, 11)
    centre(c, "Monday, 16 April, to Tuesday, 17 April 2018", 455, F, 11)
    centre(c, "Rapporteur: Ms N. Rahimova (Azerbaijan)", 380, F, 11)
    c.showPage()


CONTENTS = [
    ("Introduction", []),
    ("Attendance", []),
    ("Opening of the session and credentials of representatives and observers", []),
    ("Officers of the session", []),
    ("Adoption of the agenda", []),
    ("Statement by the Director General", []),
    ("IOM and the global compact for safe, orderly and regular migration",
     [("(a)", "Presentation by the Administration"), ("(b)", "Discussion"),
      ("(c)", "Decision of the Council")]),
    ("Closure of the session", []),
]


def leader_line(c, x, y, text, page, font=F):
    c.setFont(font, SZ)
    c.drawString(x, y, text)
    tw = stringWidth(text, font, SZ)
    dot = stringWidth(".", F, SZ)
    start = x + tw + 6
    end = RM - 22
    n = int((end - start) / dot)
    c.setFont(F, SZ)
    c.drawString(end - n * dot, y, "." * n)
    c.drawRightString(RM, y, page)


def contents_page(c, hp):
    running_header(c, "i")
    centre(c, "CONTENTS", TOP, FB, 11)
    y = TOP - 2 * LEAD
    c.setFont(F, SZ)
    c.drawRightString(RM, y, "Page")
    y -= 1.6 * LEAD
    for text, kids in CONTENTS:
        leader_line(c, LM, y, text, hp[text])
        y -= 1.6 * LEAD
        for lab, kt in kids:
            c.setFont(F, SZ)
            c.drawString(LM + 18, y, lab)
            leader_line(c, LM + 42, y, kt, hp[kt])
            y -= 1.6 * LEAD
    c.showPage()


def main():
    L = build_body()
    c = canvas.Canvas(OUT, pagesize=(PAGE_W, PAGE_H), invariant=1)
    c.setTitle(REV)
    note_page(c)
    cover_page(c)
    contents_page(c, L.heading_pages)
    for p in L.pages:
        running_header(c, p.label)
        for op in p.ops:
            _, x, y, runs, ws = op
            draw_runs(c, x, y, runs, ws)
        draw_footnotes(c, p.fns)
        c.showPage()
    c.save()
    for p in L.pages:
        print("page", p.label, "footnotes", p.fns, "last y", round(p.y, 1))


if __name__ == "__main__":
    main()
