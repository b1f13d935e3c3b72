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

# ---- document: C/110/3 ----
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'financial-report-2019.pdf')
SYM = 'C/110/3'

L = Layout(OUT, size=10.5, fn_rule='typed', fn_size=8.5, top=54, bottom=56)
c = L.c
c.setTitle(SYM)
c.setAuthor('International Organization for Migration')

TR, TB = 'Times-Roman', 'Times-Bold'
num = L.style('num', leading=13.2, leftIndent=34, bulletIndent=0, bulletFontName=TR,
              bulletFontSize=10.5)
item = L.style('item', leading=13.2, leftIndent=62, bulletIndent=34, bulletFontName=TR,
               bulletFontSize=10.5)
h1 = L.style('h1', fontName=TB, alignment=TA_LEFT, leading=14, leftIndent=34, firstLineIndent=-34)
h2 = L.style('h2', fontName='Times-BoldItalic', alignment=TA_LEFT, leading=13.5, leftIndent=34,
             firstLineIndent=-34)
hst = L.style('hst', fontName=TB, alignment=TA_CENTER, leading=13.5)
cap = L.style('cap', fontName=TR, alignment=TA_CENTER, leading=13)
capl = L.style('capl', fontName='Times-Italic', alignment=TA_LEFT, leading=13)

FRONT = {2: 'i'}
BODY0 = 3   # first body page is printed "Page 1"


def running(n):
    if n == 1:
        return None
    label = FRONT.get(n, str(n - BODY0 + 1))
    return ['%s    Page %s' % (SYM, label)]   # symbol and page label on one line


L.running = running


def footer(cv, n):
    if n == 1:
        cv.setFont(TB, 10)
        cv.drawString(72, 40, 'COUNCIL')
        cv.drawCentredString(W / 2, 40, 'CONSEIL')
        cv.drawRightString(W - 72, 40, 'CONSEJO')


L.footer = footer

# ---------------- cover ----------------
L.new_page()
c.setFont(TB, 12)
c.drawRightString(W - 72, H - 60, SYM)
c.setFont(TR, 11)
c.drawRightString(W - 72, H - 76, 'Original: English')
c.drawRightString(W - 72, H - 90, '21 May 2019')
c.setFont(TB, 12)
c.drawString(72, H - 130, 'COUNCIL')
c.setFont(TR, 12)
c.drawString(72, H - 145, '110th Session')
c.setLineWidth(1)
c.line(72, H - 155, W - 72, H - 155)
c.setFont(TB, 14)
c.drawCentredString(W / 2, H - 330, 'FINANCIAL REPORT FOR THE YEAR ENDED')
c.drawCentredString(W / 2, H - 362, '31 DECEMBER 2018*')
c.setFont(TR, 10)
c.drawString(72, 118, '__________')
c.drawString(72, 100, '*  This document is submitted to the Standing Committee on Programmes and Finance '
                      'at its')
c.drawString(84, 87, 'Twenty-fourth Session.')

# ---------------- contents ----------------
L.new_page()
L.para('<b>CONTENTS</b>', L.style('ch', fontName=TB, alignment=TA_CENTER), before=6)
c.setFont(TR, 10.5)
c.drawRightString(W - 72, L.y - 22, 'Page')
L.y -= 30

TOC = [
    (0, 'I.', 'INTRODUCTION', '1'),
    (0, 'II.', 'FINANCIAL OVERVIEW', '1'),
    (1, '2.1', 'Revenue', '1'),
    (1, '2.2', 'Expenses', 'P22'),
    (1, '2.3', 'Administrative Part of the Budget', 'P23'),
    (1, '2.4', 'Net assets', 'P24'),
    (0, 'III.', 'FINANCIAL STATEMENTS', 'P3'),
    (1, '', 'Statement I \u2013 Statement of financial position', 'PS1'),
    (1, '', 'Statement II \u2013 Statement of financial performance', 'PS2'),
    (0, 'IV.', 'NOTES TO THE FINANCIAL STATEMENTS', 'P4'),
]
PAGEMAP = {'P22': '1', 'P23': '2', 'P24': '2', 'P3': '2', 'PS1': '2', 'PS2': '2', 'P4': '3'}
for lvl, lab, txt, pg in TOC:
    pg = PAGEMAP.get(pg, pg)
    x = 72 + lvl * 34
    L.y -= 20 if lvl == 0 else 16
    c.setFont(TR, 10.5)
    entry = (lab + '\u00a0' * 2 + txt) if lab else txt
    if lab and lvl == 0:
        c.drawString(x, L.y, lab)
        c.drawString(x + 34, L.y, txt)
        tw = c.stringWidth(txt, TR, 10.5) + 34
    elif lab:
        c.drawString(x, L.y, lab)
        c.drawString(x + 30, L.y, txt)
        tw = c.stringWidth(txt, TR, 10.5) + 30
    else:
        c.drawString(x, L.y, txt)
        tw = c.stringWidth(txt, TR, 10.5)
    # dot leaders
    start = x + tw + 4
    end = W - 72 - 16
    dots = ''
    while c.stringWidth(dots + '.', TR, 10.5) < end - start:
        dots += '.'
    c.drawString(start, L.y, dots)
    c.drawRightString(W - 72, L.y, pg)

# ---------------- body ----------------
L.new_page()
FN = {
    '1': 'The report of the External Auditor on the financial statements for 2018 is contained '
         'in document C/110/4.',
    '2': 'Including allocations from the Central Emergency Response Fund and from country-based '
         'pooled funds.',
    '3': 'Resolution No. 1351 of 29 November 2017 on the Programme and Budget for 2018 (C/108/6).',
    '4': 'The actuarial valuation as at 31 December 2018 applied a discount rate of 3.6 per cent '
         '(2017: 3.1 per cent).',
    '5': 'Status report on outstanding contributions to the administrative part of the budget '
         '(S/24/3).',
}
L.heading('I.\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0INTRODUCTION', h1, before=4)
L.para('The present report sets out the financial statements of the International Organization '
       'for Migration (IOM) for the year ended 31 December 2018, prepared in accordance with the '
       'International Public Sector Accounting Standards (IPSAS), together with an analysis of '
       'the main movements in revenue, expenses and net assets. The statements have been audited '
       'by the External Auditor, whose opinion is issued separately.<super>1</super>', num,
       before=8, bullet='1.', fns=[('1', FN['1'])])
L.para('In 2018 the activities of the Organization continued to expand, driven chiefly by the '
       'emergency responses in Bangladesh and Yemen and in the countries receiving refugees and '
       'migrants from Venezuela (Bolivarian Republic of). Total revenue rose by 25.7 per cent and '
       'total expenses by 20.5 per cent compared with 2017.', num, before=8, bullet='2.')
L.para('Amounts in this report are expressed in thousands of US dollars unless otherwise stated. '
       'The administrative part of the budget is expressed in Swiss francs, the currency in which '
       'assessed contributions are levied.', num, before=8, bullet='3.')

L.heading('II.\u00a0\u00a0\u00a0\u00a0\u00a0FINANCIAL OVERVIEW', h1, before=14)
L.heading('2.1\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Revenue', h2, before=10)
L.para('Total revenue for 2018 amounted to USD 2,109.3 million, against USD 1,677.8 million in '
       '2017. Voluntary contributions, which finance the operational part of the budget, '
       'represented 95.5 per cent of the total.', num, before=8, bullet='4.')
L.para('Table 1 shows voluntary contributions by type of donor. Governments remained by far the '
       'largest source of funding, while contributions from United Nations organizations grew '
       'by 34.4 per cent, reflecting the larger share of pooled humanitarian funding channelled '
       'through the Organization.<super>2</super>', num, before=8, bullet='5.',
       fns=[('2', FN['2'])])

TS = [
    ('FONT', (0, 0), (-1, -1), TR, 10.5),
    ('FONT', (0, 0), (-1, 0), TB, 10.5),
    ('ALIGN', (1, 0), (-1, -1), 'RIGHT'),
    ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
    ('TOPPADDING', (0, 0), (-1, -1), 1.5),
    ('BOTTOMPADDING', (0, 0), (-1, -1), 1.5),
]


def tot(rows):
    # bold TOTAL rows with a rule above
    st = []
    for i, r in enumerate(rows):
        if r[0].startswith('TOTAL') or r[0].startswith('NET') or r[0].startswith('SURPLUS'):
            st += [('FONT', (0, i), (-1, i), TB, 10.5), ('LINEABOVE', (1, i), (-1, i), 0.5,
                                                         colors.black)]
        if r[0] in ('Assets', 'Liabilities', 'Revenue', 'Expenses'):
            st += [('FONT', (0, i), (0, i), 'Times-Italic', 10.5)]
    return st


L.para('Table 1. Voluntary contributions by type of donor (in thousands of US dollars)', capl,
       before=10, keep_next=90)
t1 = [['Type of donor', '2018', '2017'],
      ['Governments', '1,402,318', '1,127,540'],
      ['European Union', '251,907', '198,312'],
      ['United Nations organizations', '287,116', '213,609'],
      ['Private sector donors', '41,683', '28,775'],
      ['Other', '30,536', '25,972'],
      ['TOTAL', '2,013,560', '1,594,208']]
L.table(t1, [250, 100, 100], TS + tot(t1), before=4, x=106)
L.para('Assessed contributions of Member States to the administrative part of the budget, '
       'translated into US dollars at the rates in effect when they were recognized, amounted to '
       'USD 54.9 million.', num, before=10, bullet='6.')

L.heading('2.2\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Expenses', h2, before=12)
L.para('Total expenses amounted to USD 2,031.9 million. Staff and personnel costs and migrant '
       'assistance costs together represented 62.5 per cent of the total, the latter increasing '
       'with the scale of the direct assistance provided to displaced persons and returning '
       'migrants.', num, before=8, bullet='7.')
L.para('Expenses for contractual services rose by USD 81.1 million, mainly because of shelter, '
       'construction and camp management activities implemented through partners in emergency '
       'settings.', num, before=8, bullet='8.')

L.heading('2.3\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Administrative Part of the Budget', h2, before=12)
L.para('The administrative part of the budget for 2018 was approved at '
       'CHF 50,347,000.<super>3</super> Expenditure amounted to CHF 50,112,864, leaving an '
       'unspent balance of CHF 234,136, as shown in Table 2. That balance is dealt with in '
       'accordance with the Financial Regulations.', num, before=8, bullet='9.',
       fns=[('3', FN['3'])])
L.para('Table 2. Administrative Part of the Budget (in Swiss francs)', capl, before=10,
       keep_next=70)
t2 = [['', '2018', '2017'],
      ['Approved budget', '50,347,000', '49,550,000'],
      ['Actual expenditure', '50,112,864', '49,301,207'],
      ['Unspent balance', '234,136', '248,793']]
L.table(t2, [250, 100, 100], TS + [('LINEABOVE', (1, 3), (-1, 3), 0.5, colors.black)], before=4,
        x=106)
L.heading('2.4\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0Net assets', h2, before=12)
L.para('Net assets increased from USD 464.0 million at the end of 2017 to USD 541.3 million at '
       '31 December 2018, as a result of the surplus of USD 77.4 million recorded for the year. '
       'The reduction in employee benefits liabilities, which followed a change in the discount '
       'rate used for the actuarial valuation, also contributed to the '
       'improvement.<super>4</super>', num, before=8, bullet='10.', fns=[('4', FN['4'])])

L.heading('III.\u00a0\u00a0\u00a0\u00a0FINANCIAL STATEMENTS', h1, before=16)
L.heading('Statement I \u2013 Statement of financial position as at 31 December 2018', hst,
          before=12)
L.para('(in thousands of US dollars)', cap, before=2, keep_next=200)
s1 = [['', '2018', '2017'],
      ['Assets', '', ''],
      ['Cash and cash equivalents', '968,452', '851,307'],
      ['Investments', '412,600', '365,200'],
      ['Contributions receivable', '903,215', '781,644'],
      ['Other receivables', '46,318', '41,059'],
      ['Property, plant and equipment', '58,710', '55,902'],
      ['TOTAL ASSETS', '2,389,295', '2,095,112'],
      ['Liabilities', '', ''],
      ['Accounts payable', '97,841', '88,120'],
      ['Deferred revenue', '1,512,604', '1,296,735'],
      ['Employee benefits liabilities', '214,530', '226,418'],
      ['Other liabilities', '22,976', '19,845'],
      ['TOTAL LIABILITIES', '1,847,951', '1,631,118'],
      ['NET ASSETS', '541,344', '463,994']]
L.table(s1, [250, 100, 100], TS + tot(s1), before=6, x=106)

L.add(Paragraph('Statement II \u2013 Statement of financial performance for the year ended '
                '31 December 2018', hst), before=16, keep_next=75, split=False)
L.para('(in thousands of US dollars)', cap, before=2, keep_next=60)
s2 = [['', '2018', '2017'],
      ['Revenue', '', ''],
      ['Voluntary contributions', '2,013,560', '1,594,208'],
      ['Assessed contributions', '54,904', '53,617'],
      ['Investment income', '16,221', '9,873'],
      ['Other revenue', '24,605', '20,144'],
      ['TOTAL REVENUE', '2,109,290', '1,677,842'],
      ['Expenses', '', ''],
      ['Staff and personnel costs', '689,430', '601,225'],
      ['Contractual services', '512,906', '431,770'],
      ['Migrant assistance costs', '581,322', '452,610'],
      ['Travel', '121,407', '104,398'],
      ['Other expenses', '126,875', '96,052'],
      ['TOTAL EXPENSES', '2,031,940', '1,686,055'],
      ['SURPLUS/(DEFICIT) FOR THE YEAR', '77,350', '(8,213)']]
L.table(s2, [250, 100, 100], TS + tot(s2), before=6, x=106)

L.heading('IV.\u00a0\u00a0\u00a0\u00a0\u00a0NOTES TO THE FINANCIAL STATEMENTS', h1, before=16)
L.heading('Note 1 \u2013 Reporting entity', h2, before=10)
L.para('IOM is an intergovernmental organization with its Headquarters in Geneva. The financial '
       'statements cover the Headquarters, the administrative centres in Manila and Panama, the '
       'regional offices and all country offices, as well as the projects they implement.', num,
       before=8, bullet='11.')
L.heading('Note 2 \u2013 Basis of preparation', h2, before=10)
L.para('The financial statements have been prepared on an accrual basis and on the assumption '
       'that the Organization is a going concern. The following changes in presentation were '
       'made during the year:', num, before=8, bullet='12.')
L.para('contributions receivable are now presented in line with the payment schedules set out '
       'in multi-year donor agreements;', item, before=4, bullet='(a)')
L.para('investments with original maturities of more than three months have been reclassified '
       'from cash and cash equivalents;', item, before=4, bullet='(b)')
L.para('comparative figures for 2017 have been reclassified where necessary to conform to the '
       'current presentation.', item, before=4, bullet='(c)')
L.heading('Note 3 \u2013 Contributions receivable', h2, before=10)
L.para('Contributions receivable represent amounts due under signed agreements for which the '
       'conditions for recognition have been met. Of the USD 903.2 million receivable at '
       '31 December 2018, USD 611.2 million is expected to be received within twelve months.',
       num, before=8, bullet='13.')
L.para('Outstanding assessed contributions to the administrative part of the budget amounted to '
       'CHF 3,482,106 at the end of the year; their status is reported separately to the '
       'Standing Committee on Programmes and Finance.<super>5</super>', num, before=8,
       bullet='14.', fns=[('5', FN['5'])])

L.finish()
print('pages:', L.page, 'footnotes per page:', L.log)
