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

# ---- document: C/108/L/5 to C/108/L/7 ----
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'draft-resolutions-2017.pdf')

F, FB, FI = 'Helvetica', 'Helvetica-Bold', 'Helvetica-Oblique'
L = Layout(OUT, font=F, bold=FB, italic=FI, size=10.5, fn_rule='typed', fn_size=8.5)
c = L.c
c.setTitle('C/108/L/5 to C/108/L/7')
c.setAuthor('International Organization for Migration')

body = L.style('body', leading=14)
pre = L.style('pre', leading=14, firstLineIndent=28)
op = L.style('op', leading=14, leftIndent=28, bulletIndent=0, bulletFontName=F, bulletFontSize=10.5)
opu = L.style('opu', leading=14, firstLineIndent=28)
item = L.style('item', leading=14, leftIndent=56, bulletIndent=28, bulletFontName=F,
               bulletFontSize=10.5)
ctr = L.style('ctr', alignment=TA_CENTER, leading=14)
ctrb = L.style('ctrb', alignment=TA_CENTER, fontName=FB, leading=15, fontSize=11)
cell = L.style('cell', alignment=TA_LEFT, leading=12.5, fontSize=10)

# which draft is on which page, and its page number inside the draft
PAGES = {1: None, 2: None, 3: None, 4: None, 5: ('C/108/L/7', 2)}


def running(n):
    info = PAGES.get(n)
    if not info:
        return None
    return [info[0], 'Page %d' % info[1]]


L.running = running


def header_block(sym_lines, date='20 November 2017'):
    y = H - 60
    c.setFont(FB, 11)
    for s in sym_lines:
        c.drawRightString(W - 72, y, s)
        y -= 14
    c.setFont(F, 10.5)
    c.drawRightString(W - 72, y, 'Original: English')
    y -= 14
    c.drawRightString(W - 72, y, date)
    y -= 30
    c.setFont(FB, 11)
    c.drawString(72, y, 'COUNCIL')
    y -= 14
    c.setFont(F, 11)
    c.drawString(72, y, '108th Session')
    y -= 10
    c.setFont(F, 10.5)
    c.drawString(72, y, '_' * 84)
    L.y = y - 14


# ---------------- cover ----------------
L.new_page()
header_block(['C/108/L/5 to C/108/L/7'])
L.para('<b>DRAFT RESOLUTIONS</b>', L.style('t', alignment=TA_CENTER, fontName=FB, fontSize=13,
                                            leading=16), before=40)
L.para('The draft resolutions listed below are submitted to the Council for its consideration '
       'at the 108th Session. Each draft is issued with its own symbol and is reproduced on the '
       'pages that follow in the order in which the corresponding items appear on the '
       'provisional agenda.', body, before=34)
L.para('Draft resolutions before the Council', L.style('cap', fontName=FB, alignment=TA_LEFT),
       before=18)
tdata = [
    ['Symbol', 'Title of the draft resolution', 'Agenda item'],
    ['C/108/L/5', Paragraph('Report on the 107th Session of the Council', cell), '5'],
    ['C/108/L/6', Paragraph('Programme and Budget for 2018', cell), '11'],
    ['C/108/L/7', Paragraph('Status report on outstanding contributions to the administrative '
                            'part of the budget', cell), '12'],
]
L.table(tdata, [90, 280, 80], [
    ('FONT', (0, 0), (-1, 0), FB, 10),
    ('FONT', (0, 1), (-1, -1), F, 10),
    ('VALIGN', (0, 0), (-1, -1), 'TOP'),
    ('ALIGN', (2, 0), (2, -1), 'CENTER'),
    ('LINEBELOW', (0, 0), (-1, 0), 0.6, colors.black),
    ('LINEBELOW', (0, -1), (-1, -1), 0.6, colors.black),
    ('TOPPADDING', (0, 0), (-1, -1), 4),
    ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
], before=6)

# ---------------- C/108/L/5 ----------------
L.new_page()
header_block(['C/108/L/5'])
L.para('<b>DRAFT RESOLUTION</b>', ctrb, before=24)
L.para('<b>REPORT ON THE 107TH SESSION OF THE COUNCIL</b>', ctrb, before=16)
L.para('<i>The Council,</i>', opu, before=24)
L.para('<i>Having received and examined</i> the report on its 107th Session contained in '
       'document C/107/29,<super>1</super>', pre, before=10,
       fns=[('1', 'The report was circulated to Member States on 15 February 2017 in English, '
                  'French and Spanish.')])
L.para('<i>Taking into account</i> that no written comments on the report were received from '
       'Member States within the period set for that purpose,', pre, before=10)
L.para('<i>Approves</i> the report on its 107th Session.', opu, before=12)

# ---------------- C/108/L/6 ----------------
L.new_page()
header_block(['C/108/L/6'])
L.para('<b>DRAFT RESOLUTION</b>', ctrb, before=24)
L.para('<b>PROGRAMME AND BUDGET FOR 2018</b>', ctrb, before=16)
L.para('(Submitted by the Chairperson)', ctr, before=8)
L.para('<i>The Council,</i>', opu, before=24)
L.para('<i>Having considered</i> the Programme and Budget for 2018 presented by the Director '
       'General in document C/108/6,<super>1</super>', pre, before=10,
       fns=[('1', 'Document C/108/6 supersedes the preliminary estimates set out in document '
                  'S/21/4.')])
L.para('<i>Having heard</i> the recommendations made by the Standing Committee on Programmes and '
       'Finance at its Twenty-first Session,<super>2</super>', pre, before=10,
       fns=[('2', 'See the report of the Standing Committee on its Twenty-first Session '
                  '(S/21/15), in particular paragraphs 44 to 52.')])
L.para('<i>Mindful</i> of the need to keep the administrative part of the budget at zero nominal '
       'growth while meeting the governance and oversight requirements of a growing '
       'Organization,', pre, before=10)
L.para('<i>Decides:</i>', opu, before=12)
L.para('To approve the Programme and Budget for 2018, with the administrative part of the budget '
       'amounting to CHF 51,245,000 and the operational part of the budget estimated at '
       'USD 1,108,900,000;', op, before=8, bullet='1.')
L.para('To authorize the Director General to incur expenditure within the limits of the funds '
       'available for the operational part of the budget, and to report on any significant '
       'change at the next session of the Standing Committee;', op, before=8, bullet='2.')
L.para('To urge Member States to pay their assessed contributions for 2018 in full and as early '
       'in the year as possible.', op, before=8, bullet='3.')

# ---------------- C/108/L/7 ----------------
L.new_page()
header_block(['C/108/L/7'])
L.para('<b>DRAFT RESOLUTION</b>', ctrb, before=24)
L.para('<b>STATUS REPORT ON OUTSTANDING CONTRIBUTIONS<br/>TO THE ADMINISTRATIVE PART OF THE '
       'BUDGET</b>', ctrb, before=16)
L.para('<i>The Council,</i>', opu, before=24)
L.para('<i>Recalling</i> Article 4 of the Constitution, under which a Member State in arrears in '
       'the payment of its financial contributions to the Organization shall have no vote if the '
       'amount of its arrears equals or exceeds the contributions due from it for the preceding '
       'two full years,', pre, before=10)
L.para('<i>Recalling also</i> Resolution No. 1150 of 7 June 2007 on the payment of arrears and '
       'the settlement of outstanding contributions,<super>1</super>', pre, before=10,
       fns=[('1', 'The procedure for the recovery of voting rights adopted by that resolution is '
                  'summarized in document MC/2227.')])
L.para('<i>Having examined</i> the status report on outstanding contributions to the '
       'administrative part of the budget as at 30 September 2017,<super>2</super>', pre,
       before=10, fns=[('2', 'Document C/108/9. The figures it contains were updated orally by '
                             'the Administration at the opening of the session.')])
L.para('<i>Noting with appreciation</i> that several Member States have concluded payment plans '
       'with the Administration during the year and have respected the instalments agreed,',
       pre, before=10)
L.para('<i>Concerned</i> that outstanding contributions to the administrative part of the budget '
       'amounted to CHF 4,132,877 on that date, and that eleven Member States were subject to '
       'the provisions of Article 4 of the Constitution,', pre, before=10)
L.para('<i>Conscious</i> that the timely payment of assessed contributions is essential to the '
       'proper functioning of the core structure of the Organization,', pre, before=10)
L.para('<i>Urges</i> Member States with outstanding contributions to settle them in full at the '
       'earliest opportunity or to agree on a payment plan with the Administration;', op,
       before=12, bullet='1.')
L.para('<i>Requests</i> the Administration:', op, before=8, bullet='2.')
L.para('to maintain regular contacts with the Member States concerned and to assist them in '
       'identifying arrangements for payment that take account of their circumstances;', item,
       before=6, bullet='(a)')
L.para('to submit an updated status report to the Standing Committee on Programmes and Finance '
       'at its Twenty-second Session;<super>3</super>', item, before=6, bullet='(b)',
       fns=[('3', 'The Twenty-second Session is scheduled to take place in June 2018.')])
L.para('to examine, in consultation with Member States, options for encouraging the early '
       'payment of assessed contributions;', item, before=6, bullet='(c)')
L.para('<i>Calls upon</i> Member States that have concluded payment plans to honour the '
       'commitments they have entered into;', op, before=8, bullet='3.')
L.para('<i>Decides</i> that the provisions of Resolution No. 1150 shall continue to apply until '
       'the Council decides otherwise.', op, before=8, bullet='4.')

L.finish()
print('pages:', L.page, 'footnotes per page:', L.log)
