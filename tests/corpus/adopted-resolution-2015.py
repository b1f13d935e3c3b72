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

# ---- document: C/106/RES/1312 ----
import os
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, 'adopted-resolution-2015.pdf')
SYM = 'C/106/RES/1312'

L = Layout(OUT, size=11.5, fn_rule='drawn')
c = L.c
c.setTitle(SYM)
c.setAuthor('International Organization for Migration')

body = L.style('body', leading=14.5)
pre = L.style('pre', leading=14.5, firstLineIndent=36)
op = L.style('op', leading=14.5, leftIndent=36, bulletIndent=0, bulletFontName='Times-Roman',
             bulletFontSize=11.5)
item = L.style('item', leading=14.5, leftIndent=72, bulletIndent=36, bulletFontName='Times-Roman',
               bulletFontSize=11.5)
ctr = L.style('ctr', alignment=TA_CENTER, leading=14.5)
ctrb = L.style('ctrb', alignment=TA_CENTER, fontName='Times-Bold', leading=15)


def running(n):
    if n == 1:
        return None
    if n == 3:
        return [SYM, 'Annex', 'Page 1']
    return [SYM, 'Page %d' % n]


L.running = running
L.new_page()

# header block, top right
c.setFont('Times-Bold', 12)
c.drawRightString(W - 72, H - 62, SYM)
c.setFont('Times-Roman', 11)
c.drawRightString(W - 72, H - 78, 'Original: English')
c.drawRightString(W - 72, H - 92, '27 November 2015')
c.setFont('Times-Bold', 12)
c.drawString(72, H - 128, 'COUNCIL')
c.setFont('Times-Roman', 12)
c.drawString(72, H - 143, '106th Session')
c.setLineWidth(0.8)
c.line(72, H - 152, W - 72, H - 152)
L.y = H - 168

L.para('<b>RESOLUTION No. 1312</b>', ctrb, before=8)
L.para('(Adopted by the Council at its 525th meeting on 26 November 2015)', ctr, before=6)
L.para('<b>MIGRANTS IN COUNTRIES IN CRISIS: FOLLOW-UP TO THE<br/>'
       'MIGRATION CRISIS OPERATIONAL FRAMEWORK</b>', ctrb, before=16)
L.para('<i>The Council,</i>', pre, before=18)

FN = {
    '1': 'Document MC/2355, endorsed by the Council at its 101st Session; see also '
         'Resolution No. 1243 of 27 November 2012.',
    '2': 'The report was issued on 22 October 2015 and was introduced under item 12 of '
         'the agenda of the session.',
    '3': 'See the report of the Standing Committee on Programmes and Finance on its '
         'Seventeenth Session (S/17/14), paragraphs 31 to 38.',
    '4': 'Cooperation with these partners is governed by the arrangements described in '
         'document C/106/INF/3.',
    '5': 'The Mechanism was established pursuant to Resolution No. 1229 of 5 December 2011; '
         'its operation is described in document MC/2342.',
}

L.para('<i>Recalling</i> its Resolution No. 1243 of 27 November 2012, by which it endorsed '
       'the IOM Migration Crisis Operational Framework,<super>1</super>', pre, before=10,
       fns=[('1', FN['1'])])
L.para('<i>Having considered</i> the report of the Director General on the activities of the '
       'Organization in support of migrants affected by armed conflict and natural disasters '
       '(C/106/18),<super>2</super>', pre, before=10, fns=[('2', FN['2'])])
L.para('<i>Noting with concern</i> that migrants who are present in a country when a crisis '
       'breaks out frequently lack access to evacuation routes, to consular services and to '
       'humanitarian assistance, and that their situation is often overlooked in national '
       'emergency plans,', pre, before=10)
L.para('<i>Acknowledging</i> the primary responsibility of States for the protection of all '
       'migrants within their territory or subject to their jurisdiction, whatever their '
       'migratory status,', pre, before=10)
L.para('<i>Welcoming</i> the contributions made by Member States, observers and partner '
       'organizations to the regional consultations held in Addis Ababa, Bangkok, Brussels and '
       'Manila in the course of 2015,', pre, before=10)
L.para('<i>Taking note</i> of the comments and recommendations of the Standing Committee on '
       'Programmes and Finance at its Seventeenth Session,<super>3</super>', pre, before=10,
       fns=[('3', FN['3'])])
L.para('<i>Determined</i> that the operational response of the Organization should remain '
       'predictable, well coordinated and adequately resourced,', pre, before=10)

L.para('<i>Welcomes</i> the progress achieved in applying the Migration Crisis Operational '
       'Framework in the 34 countries where it has been used to plan and guide the response of '
       'the Organization since 2012;', op, before=10, bullet='1.')
L.para('<i>Approves</i> the indicative reporting schedule set out in the annex to the present '
       'resolution;', op, before=8, bullet='2.')
L.para('<i>Requests</i> the Director General:', op, before=8, bullet='3.')
L.para('to continue to integrate the protection of migrants caught in countries in crisis '
       'into the contingency planning and emergency preparedness work of the Organization;',
       item, before=6, bullet='(a)')
L.para('to strengthen cooperation with the Office of the United Nations High Commissioner for '
       'Refugees, the International Committee of the Red Cross and other relevant '
       'partners;<super>4</super>', item, before=6, bullet='(b)', fns=[('4', FN['4'])])
L.para('to report to the Council at its 107th Session on the measures taken pursuant to the '
       'present resolution;', item, before=6, bullet='(c)')
L.para('<i>Encourages</i> Member States in a position to do so to make unearmarked '
       'contributions to the Migration Emergency Funding Mechanism, so that the Organization '
       'can deploy staff and resources within the first days of a crisis;<super>5</super>',
       op, before=8, bullet='4.', fns=[('5', FN['5'])])
L.para('<i>Invites</i> Member States and observers to share with the Administration the '
       'practices they have found useful in assisting their nationals abroad during '
       'emergencies, with a view to their wider dissemination;', op, before=8, bullet='5.')
L.para('<i>Decides</i> to keep the matter under review.', op, before=8, bullet='6.')

# ---- annex ----
L.new_page()
L.para('<b>ANNEX</b>', ctrb, before=4)
L.para('<b>INDICATIVE REPORTING SCHEDULE</b>', ctrb, before=10)
L.para('The Administration will report on the implementation of the present resolution in '
       'accordance with the following schedule, which may be adjusted to the calendar of '
       'meetings of the governing bodies.', body, before=16)
data = [
    ['Milestone', 'Governing body and session', Paragraph('Indicative date<super>*</super>',
                                                          L.style('th', fontName='Times-Bold',
                                                                  alignment=TA_LEFT))],
    ['Progress report', 'Standing Committee on Programmes\nand Finance, Eighteenth Session',
     'June 2016'],
    ['Oral update', 'Council, 107th Session', 'November 2016'],
    ['Mid-term review', 'Standing Committee on Programmes\nand Finance, Twentieth Session',
     'June 2017'],
    ['Final report', 'Council, 108th Session', 'November 2017'],
]
L.table(data, [120, 220, 110], [
    ('FONT', (0, 0), (-1, 0), 'Times-Bold', 11),
    ('FONT', (0, 1), (-1, -1), 'Times-Roman', 11),
    ('VALIGN', (0, 0), (-1, -1), 'TOP'),
    ('LINEABOVE', (0, 0), (-1, 0), 0.8, colors.black),
    ('LINEBELOW', (0, 0), (-1, 0), 0.5, colors.black),
    ('LINEBELOW', (0, -1), (-1, -1), 0.8, colors.black),
    ('BOTTOMPADDING', (0, 0), (-1, -1), 5),
], before=14, fns=[('*', 'Dates are indicative and depend on the dates of the sessions '
                          'fixed by the governing bodies.')])

L.finish()
print('pages:', L.page, 'footnotes per page:', L.log)
