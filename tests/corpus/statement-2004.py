# Draws statement-2004.pdf: the Director General's statement to the 88th Session of the
# IOM Council (30 November 2004), laid out by hand on A4 with reportlab.
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import cm
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_LEFT
from reportlab.platypus import Paragraph
from reportlab.pdfgen import canvas

SYMBOL = "MICEM/6/2004"
PAGE_W, PAGE_H = A4
LM, RM = 2.5 * cm, 2.5 * cm
TOP, BOTTOM = 2.2 * cm, 2.4 * cm
WIDTH = PAGE_W - LM - RM

BODY = ParagraphStyle("body", fontName="Times-Roman", fontSize=11.5, leading=14.2,
                      alignment=TA_JUSTIFY, spaceAfter=9)
HEAD = ParagraphStyle("head", fontName="Times-Bold", fontSize=11.5, leading=14.2,
                      alignment=TA_LEFT, spaceBefore=6, spaceAfter=9)
SALUT = ParagraphStyle("salut", parent=BODY, alignment=TA_LEFT)
BULLET = ParagraphStyle("bullet", parent=BODY, leftIndent=1.6 * cm, bulletIndent=0.8 * cm,
                        bulletFontName="Symbol", spaceAfter=6)
ITEM1 = ParagraphStyle("item1", parent=BODY, leftIndent=1.6 * cm, bulletIndent=0.5 * cm,
                       spaceAfter=6)
ITEM2 = ParagraphStyle("item2", parent=BODY, leftIndent=2.8 * cm, bulletIndent=1.7 * cm,
                       spaceAfter=5)
FOOT = ParagraphStyle("foot", fontName="Times-Roman", fontSize=9.5, leading=11.2,
                      alignment=TA_JUSTIFY, leftIndent=0.5 * cm, bulletIndent=0,
                      bulletFontName="Times-Roman", bulletFontSize=7, spaceAfter=3)

FOOTNOTES = {
    1: "Figures for 2003 are taken from the Financial Report for the Year Ended 31 December 2003 "
       "(MC/2140). Figures for 2004 are provisional estimates as at 31 October 2004 and will be "
       "confirmed in the Financial Report for 2004.",
    2: "The programme was carried out under an agreement concluded in July 2004 and was funded "
       "entirely by voluntary contributions from eleven donor governments. A full account of it, "
       "including the lessons drawn for future electoral work, will be presented to the Executive "
       "Committee in June 2005.",
    3: "Resolution No. 1103 (LXXXVI) of 19 November 2003 on the International Dialogue on "
       "Migration, which asked the Administration to report to the Council each year on the "
       "themes and outcomes of the Dialogue.",
    4: "See the Summary Update on the Programme and Budget for 2005 (MC/2152), paragraphs 14 "
       "to 21, and Part I of document MC/2149.",
}


def sup(n):
    return '<super><font size="7.5">%d</font></super>' % n


# ----------------------------------------------------------------------------------------
# Body blocks: (kind, text, footnotes, extra)
B = []


def para(t, fns=()):
    B.append(("para", t, list(fns), None))


def head(t):
    B.append(("head", t, [], None))


def bullet(t, last=False):
    B.append(("bullet", t, [], "last" if last else None))


def item(label, t, level=1, last=False):
    B.append(("item%d" % level, t, [], (label, last)))


B.append(("salut", "Mr Chairperson, Excellencies, distinguished delegates, ladies and gentlemen,", [], None))

para("Allow me first to congratulate you, Mr Chairperson, on your election, and to thank the "
     "outgoing Bureau for the steady hand with which it guided our work through an unusually full "
     "year, which included a special session in June. I also extend a warm welcome to the "
     "delegations of the five States admitted to membership this morning, and to the "
     "observers who join us for the first time. Their arrival brings the number of Member States "
     "of IOM to 109 and confirms a trend we have seen at every session since the Council last "
     "reviewed the Organization's strategy: migration has moved from the margins of the "
     "international agenda towards its centre, and governments increasingly look to this "
     "Organization for practical answers.")

head("THE ORGANIZATION IN 2004")

para("The year now ending has been the busiest in the history of the Organization. By the end of "
     "October IOM was managing 1,410 active projects in more than 100 countries, carried out by "
     "5,280 staff in 251 field locations. Total expenditure for 2004 is expected to exceed "
     "USD 600 million, compared with USD 482 million in 2003." + sup(1) + " These are large "
     "numbers, and I cite them not to boast but because they describe the scale of the "
     "responsibility that Member States have placed on us.", [1])

para("Much of this growth has taken place in partnership. During the year IOM concluded new "
     "working arrangements with two United Nations agencies and with the International "
     "Federation of Red Cross and Red Crescent Societies, and it worked alongside more than "
     "400 non-governmental organizations in the field. Partnerships of this kind allow each "
     "organization to do what it does best, and they spare donors the cost of duplication.")

para("Growth on this scale is not an end in itself, and it brings its own strains. The "
     "Administrative Part of the Budget, which finances the core structure of the Organization, "
     "has been held at zero nominal growth for the tenth year running, while the operational "
     "programmes that this structure supports have more than tripled over the same period. I "
     "shall return to this point later, because it goes to the heart of our capacity to respond.")

para("Among the developments of the past twelve months, four deserve particular mention:")
bullet("the opening of new offices in Monrovia, Port-au-Prince and Amman, each established within "
       "weeks of a request from the government concerned;")
bullet("the expansion of our counter-trafficking work, which this year provided protection, "
       "shelter and reintegration assistance to more than 4,300 victims of trafficking, most of "
       "them women and girls, in 37 countries;")
bullet("the first full year of the tuberculosis screening programme for refugees accepted for "
       "resettlement, carried out by our migration health staff in close cooperation with the "
       "World Health Organization and national health authorities; and")
bullet("the growth of assisted voluntary return programmes, which enabled some 62,000 migrants "
       "to return home in safety and dignity from 24 host countries.", last=True)

para("Behind each of these figures lies the work of colleagues in the field, often in difficult "
     "and sometimes dangerous conditions. I pay tribute to them, and I thank the Member States "
     "whose funding and political support have made their work possible.")

head("EMERGENCY AND POST-CONFLICT OPERATIONS: WHAT DARFUR, AFGHANISTAN AND HAITI HAVE TAUGHT US")

para("Nowhere has the demand on IOM been greater than in the emergencies of this year. In Darfur, "
     "at the request of the Government of the Sudan and in agreement with the United Nations, IOM "
     "has been verifying that the return of internally displaced persons is voluntary, and has "
     "organized transport, registration and basic services in the camps for which it is "
     "responsible. In Afghanistan, the out-of-country registration and voting programme that we "
     "conducted on behalf of the Afghan electoral authorities allowed more than 800,000 Afghans "
     "living in Pakistan and the Islamic Republic of Iran to take part in the presidential "
     "election of 9 October." + sup(2) + " And in Haiti, after the floods of September, our "
     "teams moved food, shelter materials and medical supplies to Gona\u00efves within days.", [2])

para("These operations share a lesson that the Council should not overlook. In each case the "
     "decisive factor was not money alone, but the ability to put experienced people on the "
     "ground quickly, with the logistics and the administrative support to keep them there. That "
     "ability depends on the core structure of the Organization, which is financed from the "
     "Administrative Part of the Budget and from the overhead on projects, and which has not "
     "kept pace with the demands placed on it.")

para("In the light of that experience, and subject to the views of Member States, the "
     "Administration intends to concentrate its efforts in 2005 on the following:")
item("(a)", "strengthening the capacity of the Organization to deploy staff rapidly, through a "
     "roster of pre-cleared personnel and standby arrangements with partner agencies and "
     "governments;")
item("(b)", "improving the way in which emergency operations are funded, in particular by:")
item("(i)", "seeking broader and more predictable support for the Rapid Response Transportation "
     "Fund;", 2)
item("(ii)", "agreeing with donors on common reporting formats, so that field offices spend less "
     "time on reporting and more on delivery; and", 2)
item("(iii)", "ensuring that the overhead charged on operational projects reflects the real cost "
     "of supporting them;", 2)
item("(c)", "working more closely with the Inter-Agency Standing Committee and its members, so "
     "that the contribution of IOM in camp management, transport and return is planned from the "
     "first days of a crisis rather than added later; and")
item("(d)", "preparing, by mid-2005, a short policy framework on the role of IOM in post-conflict "
     "and transition settings, for discussion by the Executive Committee.", last=True)

para("None of this requires a change in the mandate of the Organization. It does require that "
     "Member States and the Administration agree on where IOM adds most value, and that the "
     "core functions needed to deliver it are funded accordingly.")

head("MIGRATION POLICY AND DIALOGUE")

para("IOM was created to move people, and that remains an essential part of what we do. But the "
     "Council recognized nearly a decade ago, in Resolution No. 923 (LXXI) of 29 November 1995, "
     "that the Organization must also help governments to think through the policy questions "
     "that migration raises. The <b>International Dialogue on Migration</b>, launched at the "
     "Eighty-second Session of the Council in 2001, has become the principal means by which we "
     "do so." + sup(3), [3])

para("This year the Dialogue took as its theme the costs and benefits of migration, for countries "
     "of origin, transit and destination alike. Two intersessional workshops, one on trade and "
     "migration and one on migration and health, drew more participants than any previous "
     "meetings of the Dialogue, and the background paper prepared for the general debate of this "
     "session (MC/INF/275) draws on their conclusions. I encourage delegations to use the "
     "general debate to tell us which themes they would like the Dialogue to address in 2005; "
     "several have already suggested the links between migration and development, and the "
     "management of labour mobility within regions.")

para("Beyond our own forum, IOM has continued to support the Berne Initiative, whose "
     "International Agenda for Migration Management will be presented at a conference in Berne "
     "next month, and has placed its research and field experience at the disposal of the "
     "<b>Global Commission on International Migration</b>, which began its work in January and is "
     "to report to the Secretary-General of the United Nations in the course of 2005. The note "
     "on the strategic direction of the Organization now before you (MC/INF/274) sets out how "
     "the Administration sees IOM's contribution to these processes, and I look forward to your "
     "comments on it.")

head("BUDGET, MANAGEMENT AND STAFF")

para("The Programme and Budget for 2005 (MC/2149) proposes an Administrative Part of "
     "CHF 37,119,000, once again at zero nominal growth, and an Operational Part estimated at "
     "USD 515 million." + sup(4) + " I am grateful to the Subcommittee on Budget and Finance and "
     "to the Executive Committee for their careful examination of these proposals. I must, "
     "however, be frank with the Council: a budget held at the same level for ten years, in a "
     "period in which the number of Member States has nearly doubled and the volume of "
     "operations has tripled, is no longer a sign of prudence alone. It is becoming a constraint "
     "on the quality of the services that Member States themselves request.", [4])

para("The question of outstanding contributions remains a concern. As at 31 October 2004, "
     "17 Member States were in arrears with their contributions to the Administrative Part of "
     "the Budget for two or more consecutive years, for a total of CHF 4.2 million. I thank "
     "those Member States that have settled their arrears or agreed on payment plans during "
     "the year, and I appeal to the others to do the same, so that the burden of financing the "
     "core structure is shared fairly among all.")

para("Finally, the safety of our staff. The environments in which IOM works have become more "
     "hazardous, and the attacks on humanitarian personnel in several countries this year have "
     "affected us directly. We have strengthened our participation in the security management "
     "system of the United Nations, appointed a full-time staff security coordinator at "
     "Headquarters and trained more than 600 staff in security awareness. These measures have a "
     "cost, which we have so far absorbed within existing resources; that cannot continue "
     "indefinitely.")

head("LOOKING AHEAD")

para("Mr Chairperson, the growth of IOM over the past decade has been driven by Member States, "
     "who have turned to the Organization because it is practical, flexible and quick. Those "
     "qualities are worth protecting. The task for the coming year is to make sure that the "
     "Organization remains able to deliver them, with a structure that matches its "
     "responsibilities, a clear sense of where it adds most value, and the continued trust of "
     "the governments it serves.")

para("I thank you for your attention, and I look forward to hearing your views in the general "
     "debate.")


# ----------------------------------------------------------------------------------------
def style_for(kind):
    return {"para": BODY, "head": HEAD, "salut": SALUT, "bullet": BULLET,
            "item1": ITEM1, "item2": ITEM2}[kind]


def make(kind, text, extra):
    st = style_for(kind)
    if kind == "bullet":
        return Paragraph(text, st, bulletText="\u2022")
    if kind in ("item1", "item2"):
        return Paragraph(text, st, bulletText=extra[0])
    return Paragraph(text, st)


def foot_par(n):
    return Paragraph(FOOTNOTES[n], FOOT, bulletText=str(n))


def foot_height(ns):
    if not ns:
        return 0
    h = 14  # rule and gap
    for n in ns:
        p = foot_par(n)
        _, ph = p.wrap(WIDTH, PAGE_H)
        h += ph + FOOT.spaceAfter
    return h


c = canvas.Canvas("statement-2004.pdf", pagesize=A4)
c.setTitle("Statement by the Director General to the Eighty-eighth Session of the Council")
c.setAuthor("International Organization for Migration")

page = 1
page_feet = []


def draw_first_header():
    y = PAGE_H - TOP
    c.setFont("Times-Bold", 12)
    c.drawRightString(PAGE_W - RM, y, SYMBOL)
    c.setFont("Times-Roman", 11.5)
    y -= 15
    c.drawRightString(PAGE_W - RM, y, "Original: English")
    y -= 14
    c.drawRightString(PAGE_W - RM, y, "30 November 2004")
    y -= 34
    c.setFont("Times-Bold", 12)
    c.drawCentredString(PAGE_W / 2, y, "COUNCIL")
    y -= 16
    c.drawCentredString(PAGE_W / 2, y, "EIGHTY-EIGHTH SESSION")
    y -= 12
    c.setLineWidth(0.6)
    c.line(LM, y, PAGE_W - RM, y)
    y -= 30
    c.setFont("Times-Bold", 13)
    c.drawCentredString(PAGE_W / 2, y, "STATEMENT BY THE DIRECTOR GENERAL")
    y -= 17
    c.drawCentredString(PAGE_W / 2, y, "TO THE EIGHTY-EIGHTH SESSION OF THE COUNCIL")
    y -= 28
    c.setFont("Times-Bold", 11.5)
    c.drawCentredString(PAGE_W / 2, y, "The Director General")
    y -= 34
    return y


def draw_running_header(n):
    y = PAGE_H - TOP
    c.setFont("Times-Roman", 11)
    c.drawRightString(PAGE_W - RM, y, SYMBOL)
    c.drawRightString(PAGE_W - RM, y - 13, "Page %d" % n)
    return y - 40


def finish_page():
    # footnotes of this page, at its foot under a short rule
    global page_feet
    if page_feet:
        hs = [foot_par(n).wrap(WIDTH, PAGE_H)[1] for n in page_feet]
        total = sum(hs) + FOOT.spaceAfter * len(hs)
        y = BOTTOM + total + 6
        c.setLineWidth(0.5)
        c.line(LM, y, LM + 5 * cm, y)
        y -= 6
        for n, h in zip(page_feet, hs):
            p = foot_par(n)
            p.wrap(WIDTH, PAGE_H)
            p.drawOn(c, LM, y - h)
            y -= h + FOOT.spaceAfter
    page_feet = []
    c.showPage()


y = draw_first_header()
i = 0
pending = None  # remainder of a split paragraph
while i < len(B):
    kind, text, fns, extra = B[i]
    p = pending if pending is not None else make(kind, text, extra)
    new_fns = fns if pending is None else []
    st = style_for(kind)
    _, h = p.wrap(WIDTH, PAGE_H)
    fh = foot_height(page_feet + new_fns)
    avail = y - BOTTOM - fh
    keep = 0
    if kind == "head" and i + 1 < len(B):
        nk, nt, nf, ne = B[i + 1]
        keep = 3 * BODY.leading  # keep a heading with the first lines of what follows
    if h + keep <= avail:
        p.drawOn(c, LM, y - h)
        y -= h + st.spaceAfter
        if extra == "last" or (isinstance(extra, tuple) and extra[1]):
            y -= 5
        page_feet += new_fns
        pending = None
        i += 1
        continue
    # does not fit: split a body paragraph, else move to the next page
    if kind == "para":
        parts = p.split(WIDTH, avail)
        if len(parts) == 2:
            first, rest = parts
            _, h1 = first.wrap(WIDTH, PAGE_H)
            first.drawOn(c, LM, y - h1)
            page_feet += new_fns
            finish_page()
            page += 1
            y = draw_running_header(page)
            pending = rest
            B[i] = (kind, text, [], extra)
            continue
    finish_page()
    page += 1
    y = draw_running_header(page)

finish_page()
c.save()
print("pages:", page)
