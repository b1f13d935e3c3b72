# ---- small layout engine: flowing blocks on a canvas, footnotes at the foot of the page ----
import re, html
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Paragraph, Table, TableStyle
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.enums import TA_JUSTIFY, TA_CENTER, TA_RIGHT, TA_LEFT
from reportlab.lib import colors

W, H = A4


def _marker_word_index(markup, marker):
    s = markup.replace('<super>%s</super>' % marker, '\x01' + marker, 1)
    s = re.sub(r'<[^>]+>', '', s)
    s = html.unescape(s)
    for i, w in enumerate(s.split()):
        if '\x01' in w:
            return i
    raise ValueError('marker %s not found' % marker)


class Layout:
    def __init__(self, path, font='Times-Roman', bold='Times-Bold', italic='Times-Italic',
                 size=11, lm=72, rm=72, top=56, bottom=62, fn_rule='drawn', fn_size=9):
        self.c = canvas.Canvas(path, pagesize=A4, invariant=1)
        self.font, self.bold, self.italic, self.size = font, bold, italic, size
        self.lm, self.rm, self.top, self.bottom = lm, rm, top, bottom
        self.fw = W - lm - rm
        self.page = 0
        self.y = None
        self.fns = []
        self.fn_rule = fn_rule
        self.running = None      # function(page_number) -> list of header lines, or None
        self.footer = None       # function(canvas, page_number)
        self.fn_style = ParagraphStyle('fn', fontName=font, fontSize=fn_size, leading=fn_size + 2,
                                       leftIndent=12, firstLineIndent=-12, alignment=TA_LEFT)
        self.log = []

    # styles -------------------------------------------------------------
    def style(self, name, **kw):
        base = dict(fontName=self.font, fontSize=self.size, leading=self.size * 1.22,
                    alignment=TA_JUSTIFY)
        base.update(kw)
        return ParagraphStyle(name, **base)

    # pages --------------------------------------------------------------
    def new_page(self):
        if self.page > 0:
            self._finish_page()
        self.page += 1
        self.y = H - self.top
        if self.running:
            lines = self.running(self.page)
            if lines:
                yy = H - 40
                for ln in lines:
                    self.c.setFont(self.font, 10)
                    self.c.drawRightString(W - self.rm, yy, ln)
                    yy -= 12
                self.y = yy - 14

    def _fn_flows(self, fns):
        out = []
        for m, t in fns:
            out.append(Paragraph('<super>%s</super>\u00a0%s' % (m, t) if m != '*' else '*\u00a0' + t,
                                 self.fn_style))
        return out

    def fn_height(self, fns):
        if not fns:
            return 0
        h = 16
        for p in self._fn_flows(fns):
            h += p.wrap(self.fw, 1000)[1] + 2
        return h

    def _finish_page(self):
        c = self.c
        if self.fns:
            flows = self._fn_flows(self.fns)
            hs = [p.wrap(self.fw, 1000)[1] for p in flows]
            y = self.bottom + sum(hs) + 2 * len(hs) + 6
            if self.fn_rule == 'drawn':
                c.setLineWidth(0.5)
                c.line(self.lm, y + 4, self.lm + 130, y + 4)
            else:
                c.setFont(self.font, 9)
                c.drawString(self.lm, y + 2, '__________')
            y -= 4
            for p, h in zip(flows, hs):
                p.drawOn(c, self.lm, y - h)
                y -= h + 2
        if self.footer:
            self.footer(c, self.page)
        self.log.append((self.page, [m for m, _ in self.fns]))
        self.fns = []
        c.showPage()

    def finish(self):
        self._finish_page()
        self.c.save()

    # flowing ------------------------------------------------------------
    def space(self, h):
        self.y -= h

    def avail(self, extra_fns=()):
        return self.y - self.bottom - self.fn_height(self.fns + list(extra_fns))

    def add(self, flow, before=6, fns=(), keep_next=0, split=True, x=None):
        """Place a flowable.  fns: [(marker, text)] whose markers are in this flowable."""
        fns = list(fns)
        x = self.lm if x is None else x
        w, h = flow.wrap(self.fw - (x - self.lm), 10000)
        if self.y - before - h - keep_next >= self.bottom + self.fn_height(self.fns + fns):
            flow.drawOn(self.c, x, self.y - before - h)
            self.y -= before + h
            self.fns += fns
            return
        av = self.avail(fns) - before
        parts = flow.split(self.fw - (x - self.lm), av) if (split and av > 20) else []
        if len(parts) >= 2:
            first, rest = parts[0], parts[1]
            if isinstance(flow, Paragraph):
                n1 = len(first.getPlainText().split())
                src = flow._iom_src if hasattr(flow, '_iom_src') else None
                f1 = [f for f in fns if _marker_word_index(src, f[0]) < n1] if src else fns
                f2 = [f for f in fns if f not in f1]
                if src:
                    rest._iom_src = None
            else:
                f1, f2 = fns, []
            w1, h1 = first.wrap(self.fw - (x - self.lm), 10000)
            first.drawOn(self.c, x, self.y - before - h1)
            self.y -= before + h1
            self.fns += f1
            self.new_page()
            # remaining markers: place them with the rest
            if isinstance(rest, Paragraph) and f2:
                rest._iom_src = flow._iom_src
                rest._iom_skip = n1
            self._add_rest(rest, f2, x)
            return
        self.new_page()
        self.add(flow, 0, fns, keep_next, split, x)

    def _add_rest(self, rest, fns, x):
        # the rest of a split paragraph; markers known to be in it
        w, h = rest.wrap(self.fw - (x - self.lm), 10000)
        if self.y - h >= self.bottom + self.fn_height(self.fns + fns):
            rest.drawOn(self.c, x, self.y - h)
            self.y -= h
            self.fns += fns
        else:
            raise RuntimeError('rest of split paragraph does not fit on a fresh page')

    def para(self, text, style, before=6, fns=(), bullet=None, keep_next=0, x=None):
        p = Paragraph(text, style, bulletText=bullet)
        p._iom_src = text
        for m, _ in fns:
            _marker_word_index(text, m)   # check the marker is there
        self.add(p, before, fns, keep_next, True, x)
        return p

    def heading(self, text, style, before=12, x=None):
        p = Paragraph(text, style)
        self.add(p, before, (), keep_next=40, split=False, x=x)

    def table(self, data, colWidths, tstyle, before=8, fns=(), repeat=1, x=None):
        t = Table(data, colWidths=colWidths, repeatRows=repeat, hAlign='LEFT')
        t.setStyle(TableStyle(tstyle))
        self.add(t, before, fns, 0, True, x)
        return t

# ---- document: MC/2374/Rev.1 with its note sheet ----
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'note-concerning-2013.pdf')
SYM = 'MC/2374/Rev.1'

L = Layout(OUT, size=11, fn_rule='drawn', fn_size=9, top=56, bottom=60)
c = L.c
c.setTitle(SYM)
c.setAuthor('International Organization for Migration')
TR, TB = 'Times-Roman', 'Times-Bold'

num = L.style('num', leading=13.6, leftIndent=0, firstLineIndent=0)
item = L.style('item', leading=13.6, leftIndent=52, bulletIndent=36, bulletFontName=TR,
               bulletFontSize=11, alignment=TA_LEFT)
hd = L.style('hd', fontName=TB, alignment=TA_LEFT, leading=14)
sub = L.style('sub', fontName='Times-Italic', alignment=TA_LEFT, leading=14, leftIndent=36,
              firstLineIndent=-36)
ctr = L.style('ctr', alignment=TA_CENTER, leading=14)

FRONT = {3: 'i'}


def running(n):
    if n <= 2:
        return None
    if n in FRONT:
        return [SYM, 'Page ' + FRONT[n]]
    return [SYM, 'Page %d' % (n - 3)]


def footer(cv, n):
    if n <= 2:
        cv.setFont(TB, 10)
        cv.drawString(72, 42, 'COUNCIL')
        cv.drawCentredString(W / 2, 42, 'CONSEIL')
        cv.drawRightString(W - 72, 42, 'CONSEJO')


L.running = running
L.footer = footer


def header_block():
    c.setFont(TR, 11)
    c.drawRightString(W - 72, H - 58, SYM)
    c.drawRightString(W - 72, H - 72, 'Original: English')
    c.drawRightString(W - 72, H - 86, '2 December 2013')
    c.setFont(TB, 12)
    c.drawCentredString(W / 2, H - 126, '103RD SESSION')
    c.setFont(TR, 11)
    c.drawString(72, H - 136, '_' * 86)


def numbered(n, text, fns=(), before=9):
    # IOM layout: the number, a tab, the text; later lines flush left
    return L.para(text, num_first, before=before, fns=fns, bullet='%d.' % n)


num_first = L.style('numf', leading=13.6, firstLineIndent=36, bulletIndent=0, leftIndent=0,
                    bulletFontName=TR, bulletFontSize=11)

# ---------------- note sheet ----------------
L.new_page()
header_block()
L.y = H - 230
L.para('<b>NOTE CONCERNING DOCUMENT MC/2374</b>', L.style('nt', fontName=TB, alignment=TA_CENTER,
                                                         fontSize=12, leading=15), before=0)
L.para('The Council, at its 103rd Session, approved without amendment the report on its '
       '101st Session (document MC/2374 of 18 February 2013) through Resolution No. 1261 of '
       '26 November 2013. Readers are requested to attach this note to the original document, '
       'which is reissued herewith under the symbol MC/2374/Rev.1.',
       L.style('ntb', leading=15, firstLineIndent=36), before=40)

# ---------------- report cover ----------------
L.new_page()
header_block()
c.setFont(TB, 13)
c.drawCentredString(W / 2, H - 300, 'REPORT ON THE 101ST SESSION OF THE COUNCIL')
c.setFont(TR, 12)
c.drawCentredString(W / 2, H - 350, 'Geneva')
c.drawCentredString(W / 2, H - 366, '27-30 November 2012')
c.drawCentredString(W / 2, H - 420, 'Rapporteur: Ms A. Ferreira (Portugal)')

# ---------------- contents ----------------
L.new_page()
L.para('<b>CONTENTS</b>', L.style('ch', fontName=TB, alignment=TA_CENTER), before=8)
c.setFont(TR, 11)
c.drawRightString(W - 72, L.y - 24, 'Page')
L.y -= 28
TOC = [
    (0, 'INTRODUCTION', 'p_intro'),
    (0, 'ATTENDANCE', 'p_att'),
    (0, 'CREDENTIALS OF REPRESENTATIVES AND OBSERVERS', 'p_cred'),
    (0, 'ELECTION OF OFFICERS', 'p_elec'),
    (0, 'ADOPTION OF THE AGENDA', 'p_agenda'),
    (0, 'ADMISSION OF NEW MEMBERS AND OBSERVERS', 'p_adm'),
    (1, '(a)\u00a0\u00a0\u00a0Applications for membership in the Organization', 'p_adm_a'),
    (1, '(b)\u00a0\u00a0\u00a0Applications for representation by an observer', 'p_adm_b'),
    (0, 'STATEMENT BY THE DIRECTOR GENERAL', 'p_dg'),
    (0, 'GENERAL DEBATE', 'p_debate'),
    (0, 'REPORT ON THE ELEVENTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND '
        'FINANCE', 'p_scpf'),
    (0, 'CLOSURE OF THE SESSION', 'p_close'),
]
PG = {'p_intro': '1', 'p_att': '1', 'p_cred': '1', 'p_elec': '1', 'p_agenda': '1', 'p_adm': '2',
      'p_adm_a': '2', 'p_adm_b': '2', 'p_dg': '2', 'p_debate': '2', 'p_scpf': '2',
      'p_close': '2'}
tocst = L.style('toc', alignment=TA_LEFT, leading=13.5)
for lvl, txt, key in TOC:
    x = 72 + 36 * lvl
    p = Paragraph(txt, tocst)
    w, h = p.wrap(W - 72 - x - 70, 200)
    L.y -= 8 + h
    p.drawOn(c, x, L.y)
    # leaders after the last line, page number at the right margin
    last = p.blPara.lines[-1]
    lw = (W - 72 - x - 70) - (last.extraSpace if hasattr(last, 'extraSpace') else last[0])
    start = x + lw + 4
    dots = ''
    while c.stringWidth(dots + '\u2026', TR, 11) < (W - 72 - 18) - start:
        dots += '\u2026'
    c.setFont(TR, 11)
    c.drawString(start, L.y + 3, dots)
    c.drawRightString(W - 72, L.y + 3, PG[key])

# ---------------- body ----------------
L.new_page()
L.para('REPORT ON THE 101ST SESSION OF THE COUNCIL', ctr, before=2)   # running title
FN = {
    '1': 'The list of participants is contained in document MC/2373.',
    '2': 'The statement of the Director General was subsequently circulated to Member States in '
         'the three official languages of the Organization.',
    '3': 'See also the Programme and Budget for 2013 (MC/2362) and its revision, which the '
         'Standing Committee examined at the same session.',
}
L.heading('INTRODUCTION', hd, before=18)
numbered(1, 'Pursuant to Resolution No. 1241 of 30 November 2011, the Council convened for its '
            '101st Session on Tuesday, 27 November 2012, at the Palais des Nations, Geneva. Six '
            'meetings were held, the last on the morning of Friday, 30 November 2012.')
L.heading('ATTENDANCE', hd, before=14)
numbered(2, 'The following Member States were represented:<super>1</super> Afghanistan, Albania, '
            'Algeria, Angola, Argentina, Armenia, Australia, Austria, Azerbaijan, Bangladesh, '
            'Belgium, Benin, Bolivia (Plurinational State of), Brazil, Burkina Faso, '
            'Canada, Chile, Colombia, Costa Rica, C\u00f4te d\u2019Ivoire, Croatia, '
            'Czech Republic, Democratic Republic of the Congo, Denmark, Dominican Republic, '
            'Ecuador, Egypt, El Salvador, Ethiopia, Finland, France, Georgia, Germany, '
            'Ghana, Greece, Guatemala, Haiti, Honduras, Hungary, India, Iran (Islamic Republic of), '
            'Ireland, Israel, Italy, Japan, Jordan, Kenya, '
            'Madagascar, Mali, Mauritius, Mexico, Morocco, Mozambique, Nepal, '
            'Netherlands, New Zealand, Nicaragua, Niger, Nigeria, Norway, Pakistan, Panama, '
            'Paraguay, Peru, Philippines, Poland, Portugal, Republic of Korea, Republic of '
            'Moldova, Romania, Rwanda, Senegal, Serbia, South Africa, Spain, '
            'Sri Lanka, Sudan, Sweden, Switzerland, Thailand, Tunisia, Turkey, Uganda, '
            'Ukraine, United Kingdom of Great Britain and Northern Ireland, United Republic of '
            'Tanzania, United States of America, Uruguay, Venezuela (Bolivarian Republic of), '
            'Viet Nam, Yemen, Zambia and Zimbabwe.', fns=[('1', FN['1'])])
numbered(3, 'Bhutan, China, Indonesia, Qatar, the Russian Federation and Saudi Arabia were '
            'represented by observers, as were the Holy See and the Sovereign Order of Malta.')
numbered(4, 'The United Nations, the Office of the United Nations High Commissioner for Refugees, '
            'the International Labour Organization, the African Union, the League of Arab States '
            'and 27 non-governmental organizations were also represented by observers.')
L.heading('CREDENTIALS OF REPRESENTATIVES AND OBSERVERS', hd, before=14)
numbered(5, 'The Council noted that the Director General had examined the credentials of the '
            'representatives of the Member States listed in paragraph 2 and had found them to be '
            'in due form, and that he had also been informed of the names of the observers listed '
            'in paragraphs 3 and 4.')
L.heading('ELECTION OF OFFICERS', hd, before=14)
numbered(6, 'The Council elected the following officers:')
for t in ['Chairperson: Mr J. Lindqvist (Sweden)',
          'First Vice-Chairperson: Mr K. Osei-Bonsu (Ghana)',
          'Second Vice-Chairperson: Ms L. Carrasco Ortiz (Mexico)',
          'Rapporteur: Ms A. Ferreira (Portugal)']:
    L.para(t, item, before=3, bullet='\u2013')
L.heading('ADOPTION OF THE AGENDA', hd, before=14)
numbered(7, 'The Council adopted the agenda set out in document MC/2359/Rev.1, after deciding to '
            'take up the item on the International Dialogue on Migration before the general '
            'debate. On the proposal of the Chairperson, it also agreed that the consideration of '
            'the report of the Standing Committee on Programmes and Finance would be deferred to '
            'the last meeting of the session, so that delegations could first receive the oral '
            'update of the Administration on the funding of the core structure, and that '
            'statements in the general debate would be limited to seven minutes.')
L.heading('ADMISSION OF NEW MEMBERS AND OBSERVERS', hd, before=14)
L.heading('(a)\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Applications for membership in the Organization',
          sub, before=10)
numbered(8, 'The Council had before it the applications for membership submitted by Turkmenistan '
            'and Vanuatu. It adopted by acclamation Resolutions Nos. 1244 and 1245, admitting both '
            'States as Members of the Organization.')
numbered(9, 'The representatives of the new Member States thanked the Council and expressed their '
            'intention to cooperate closely with the Organization, in particular on labour '
            'mobility and on the protection of migrants in vulnerable situations.')
L.heading('(b)\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Applications for representation by an observer',
          sub, before=10)
numbered(10, 'By Resolutions Nos. 1246 and 1247, the Council granted observer status to the '
             'Partners in Population and Development and to the International Catholic Migration '
             'Commission.')
L.heading('STATEMENT BY THE DIRECTOR GENERAL', hd, before=14)
numbered(11, 'The Director General reviewed the main developments of the year, which had seen the '
             'Organization respond to large-scale displacement in the Sahel and in the Syrian Arab '
             'Republic and its neighbouring countries.<super>2</super> He drew attention to the '
             'growing gap between the operational demands placed on the Organization and the '
             'resources of its core structure.', fns=[('2', FN['2'])])
L.heading('GENERAL DEBATE', hd, before=14)
numbered(12, 'Delegations welcomed the new Members and observers and commended the Organization '
             'for the speed of its emergency response. Many referred to the Migration Crisis '
             'Operational Framework, endorsed earlier in the session, as a useful planning tool.')
numbered(13, 'Several delegations stressed the importance of data on migration flows for '
             'policymaking, and encouraged the Administration to continue its work with national '
             'statistical offices and regional bodies.')
L.heading('REPORT ON THE ELEVENTH SESSION OF THE STANDING COMMITTEE ON PROGRAMMES AND FINANCE',
          hd, before=14)
numbered(14, 'The Council took note of the report of the Standing Committee on its Eleventh '
             'Session (SCPF/95) and endorsed the recommendations it contained on the budget and '
             'on outstanding contributions.<super>3</super>', fns=[('3', FN['3'])])
L.heading('CLOSURE OF THE SESSION', hd, before=14)
numbered(15, 'The Chairperson declared the 101st Session closed on Friday, 30 November 2012, '
             'at 12.40 p.m.')

L.finish()
print('pages:', L.page, 'footnotes per page:', L.log)
