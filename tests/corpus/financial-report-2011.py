# Draws financial-report-2011.pdf: an invented IOM Council document, MC/2314 (May 2011),
# "Financial Report for the year ended 31 December 2010". Figures come from the writer's figures module, inlined below.
from reportlab.pdfgen import canvas
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfmetrics import stringWidth
# --- the writer's figures module (figures.py), inlined: its names under F ---
import types

F = types.SimpleNamespace()
exec(compile('# Figures of MC/2314 (invented). Imported by the generator; run alone to print them.\nSCHED = [\n(\'Afghanistan\', None, 2342), (\'Albania\', None, 4293), (\'Angola\', None, 4293), (\'Argentina\', None, 323822),\n(\'Armenia\', None, 4293), (\'Azerbaijan\', 21465, 4293), (\'Bangladesh\', None, 4293), (\'Belize\', None, 3017),\n(\'Benin\', 21465, 4293), (\'Bolivia (Plurinational State of)\', None, 1632), (\'Burkina Faso\', 30051, 4293),\n(\'Burundi\', None, 4293), (\'Cambodia\', None, 4293), (\'Cameroon\', 8586, 4293), (\'Cape Verde\', 34344, 4293),\n(\'Central African Republic\', 28931, 4293), (\'Chad\', None, 4293), (\'Congo\', None, 4293),\n(\'Costa Rica\', None, 4293), ("C\\u00f4te d\'Ivoire", None, 2407), (\'Democratic Republic of the Congo\', None, 4293),\n(\'Djibouti\', 30051, 4293), (\'Dominican Republic\', None, 57044), (\'Ecuador\', None, 62135),\n(\'El Salvador\', None, 4293), (\'Gambia\', 8586, 4293), (\'Georgia\', None, 4293), (\'Ghana\', 24923, 4293),\n(\'Guatemala\', 587344, 73418), (\'Guinea\', 12879, 4293), (\'Guinea-Bissau\', None, 4293), (\'Haiti\', None, 4293),\n(\'Honduras\', None, 4293), (\'Iran (Islamic Republic of)\', None, 99709), (\'Jamaica\', 4293, 4293),\n(\'Kenya\', None, 12188), (\'Kyrgyzstan\', 25758, 4293), (\'Liberia\', 34344, 4293),\n(\'Libyan Arab Jamahiriya\', 370672, 217604), (\'Madagascar\', 8586, 4293), (\'Mali\', 37153, 4293),\n(\'Mauritania\', None, 1892), (\'Mongolia\', 21341, 4293), (\'Nicaragua\', 17172, 4293), (\'Niger\', 2812, 4293),\n(\'Nigeria\', None, 112697), (\'Paraguay\', 34344, 4293), (\'Peru\', None, 122007), (\'Rwanda\', 36912, 4293),\n(\'Senegal\', 17172, 4293), (\'Sierra Leone\', None, 4293), (\'Somalia\', 38637, 4293), (\'Sudan\', None, 3750),\n(\'Tajikistan\', 38637, 4293), (\'Togo\', 34344, 4293), (\'Uganda\', None, 4293), (\'Ukraine\', None, 98770),\n(\'United Republic of Tanzania\', 38637, 4293), (\'Uruguay\', 387311, 70322),\n(\'Venezuela (Bolivarian Republic of)\', 1731716, 247388), (\'Yemen\', 25758, 4293), (\'Zambia\', 32741, 4293),\n(\'Zimbabwe\', 38637, 4293),\n]\nFOOTNOTED_STATE = \'Kyrgyzstan\'\nSCHED_PRIOR = sum(p or 0 for _, p, _ in SCHED)\nSCHED_CUR = sum(c for _, _, c in SCHED)\nSCHED_TOT = SCHED_PRIOR + SCHED_CUR\nYE_RATE = 0.94          # CHF per USD at 31.12.2010\nAVG_RATE = 1.0376       # CHF per USD, 2010 average\nPROVISION_ACR = 1418650 # USD, provision for doubtful assessed contributions at 31.12.2010\nACR_GROSS_USD = round(SCHED_TOT / YE_RATE)\nACR_NET = ACR_GROSS_USD - PROVISION_ACR\n\nN = None\n# Statement I rows: (kind, label, note, v2010, v2009); kind: part / group / item / total / grand\nASSETS_CUR = [(\'Cash and cash equivalents\', \'3\', 512846210, 468305112),\n              (\'Short-term investments\', \'3\', 148200000, 121750000),\n              (\'Assessed contributions receivable\', \'4\', ACR_NET, 4985372),\n              (\'Voluntary contributions receivable\', \'5\', 96433871, 88102467),\n              (\'Other receivables\', \'\', 14726093, 12980554),\n              (\'Prepaid expenses and advances\', \'\', 9118640, 7455391)]\nASSETS_NC = [(\'Long-term investments\', \'3\', 20000000, N),\n             (\'Refugee loans receivable\', \'6\', 3841207, 3509866),\n             (\'Other long-term receivables\', \'\', N, 1250000)]\nLIAB_CUR = [(\'Accounts payable and accrued liabilities\', \'\', 61582304, 55917620),\n            (\'Deferred income\', \'7\', 498610455, 446281903),\n            (\'Assessed contributions received in advance\', \'\', 1206774, 987540),\n            (\'Short-term employee benefits\', \'\', 8330112, 7651808)]\nLIAB_NC = [(\'Employee benefit liabilities\', \'8\', 102455919, 94110037),\n           (\'Headquarters building loan\', \'9\', 8400000, 9100000)]\ndef s(rows, i): return sum((r[i] or 0) for r in rows)\nTCA = (s(ASSETS_CUR, 2), s(ASSETS_CUR, 3)); TNCA = (s(ASSETS_NC, 2), s(ASSETS_NC, 3))\nTA = (TCA[0] + TNCA[0], TCA[1] + TNCA[1])\nTCL = (s(LIAB_CUR, 2), s(LIAB_CUR, 3)); TNCL = (s(LIAB_NC, 2), s(LIAB_NC, 3))\nTL = (TCL[0] + TNCL[0], TCL[1] + TNCL[1])\nTR = (TA[0] - TL[0], TA[1] - TL[1])\nADMIN_FB = (1184336, 1496876)\nOSI_RES = (18652000, 15420000)\nOTHER_OPS = (TR[0] - ADMIN_FB[0] - OSI_RES[0], TR[1] - ADMIN_FB[1] - OSI_RES[1])\n\n# Statement II: (label, admin, ops, total2009)\nA_INC = dict(ass=37865266, vol=N, int_=152380, oth=48113)\nO_INC = dict(ass=N, vol=1297450662, int_=4918507, oth=9726004)\nT09_INC = dict(ass=35220418, vol=1088716235, int_=7802113, oth=8114590)\nA_EXP = dict(staff=33805411, office=4367388, direct=N, prov=205500)\nO_EXP = dict(staff=412988230, office=140215654, direct=None, prov=1310000)\nT09_EXP = dict(staff=396410822, office=121884305, direct=None, prov=985000)\nA_BEG = ADMIN_FB[1]; A_END = ADMIN_FB[0]\nO_BEG = OSI_RES[1] + OTHER_OPS[1]; O_END = OSI_RES[0] + OTHER_OPS[0]\nT09_END = TR[1]; T09_EXCESS = 9874226; T09_BEG = T09_END - T09_EXCESS\nA_TI = sum(v or 0 for v in A_INC.values()); O_TI = sum(v or 0 for v in O_INC.values())\nT09_TI = sum(T09_INC.values())\nA_TE = sum(v or 0 for v in A_EXP.values())\nA_EXCESS = A_TI - A_TE\nO_EXCESS = O_END - O_BEG\nO_EXP[\'direct\'] = O_TI - O_EXCESS - (O_EXP[\'staff\'] + O_EXP[\'office\'] + O_EXP[\'prov\'])\nO_TE = O_TI - O_EXCESS\nT09_TE = T09_TI - T09_EXCESS\nT09_EXP[\'direct\'] = T09_TE - (T09_EXP[\'staff\'] + T09_EXP[\'office\'] + T09_EXP[\'prov\'])\nassert A_BEG + A_EXCESS == A_END, (A_BEG, A_EXCESS, A_END)\n', "figures.py", "exec"), F.__dict__)
# --- end of figures.py ---

OUT = 'financial-report-2011.pdf'
SYMBOL = 'MC/2314'
W, H = A4
LM, RM = 72, W - 72          # text margins
TEXTW = RM - LM
BOTTOM = 64
R = 'Times-Roman'; B = 'Times-Bold'; I = 'Times-Italic'; BI = 'Times-BoldItalic'
BODY = 11; LEAD = 13.6
FN = 9; FNLEAD = 11

c = canvas.Canvas(OUT, pagesize=A4)
c.setTitle('MC/2314 - Financial Report for the year ended 31 December 2010')
c.setAuthor('International Organization for Migration')


def fmt(v, neg_paren=True):
    if v is None:
        return '-'
    if v < 0 and neg_paren:
        return '(%s)' % format(-v, ',')
    return format(v, ',')


def rtext(x, y, s, font=R, size=BODY):
    c.setFont(font, size); c.drawRightString(x, y, s)


def ctext(x, y, s, font=R, size=BODY):
    c.setFont(font, size); c.drawCentredString(x, y, s)


def ltext(x, y, s, font=R, size=BODY):
    c.setFont(font, size); c.drawString(x, y, s)


def running_header(label):
    rtext(RM, 806, SYMBOL, B, 11)
    rtext(RM, 793, 'Page %s' % label, R, 11)


# ----------------------------------------------------------------- cover
def cover():
    rtext(RM, 790, SYMBOL, B, 12)
    rtext(RM, 772, 'Original: English', R, 11)
    rtext(RM, 758, '6 May 2011', R, 11)
    ctext(W / 2, 712, '100TH SESSION', B, 12)
    ctext(W / 2, 694, '_' * 78, R, 11)
    ctext(W / 2, 560, 'FINANCIAL REPORT FOR THE YEAR ENDED', B, 13)
    ctext(W / 2, 542, '31 DECEMBER 2010', B, 13)
    # cover note below a short typed rule
    ltext(LM, 178, '__________', R, 11)
    y = 160
    for ln in ['This document is submitted to the Standing Committee on Programmes and Finance',
               'at its Eighth Session in June 2011 and to the Council at its 100th Session.']:
        ltext(LM, y, ln, R, 11); y -= 13.6
    c.setLineWidth(0.8); c.line(LM, 92, RM, 92)
    ctext(W / 2, 72, 'COUNCIL' + ' ' * 12 + 'CONSEIL' + ' ' * 12 + 'CONSEJO', B, 12)
    c.showPage()


# ----------------------------------------------------------------- contents
CONTENTS = [
    ('A.', 'INTRODUCTION', '1'),
    ('B.', 'OVERVIEW OF THE FINANCIAL POSITION', '1'),
    ('C.', 'ADMINISTRATIVE PART OF THE BUDGET', '1'),
    ('D.', 'OPERATIONAL PART OF THE BUDGET', '2'),
    ('E.', 'ASSESSED CONTRIBUTIONS RECEIVABLE AND ARREARS OF MEMBER STATES', '2'),
    ('F.', 'ACTION REQUESTED', '2'),
    (None, 'Statement I \u2013 Assets, liabilities, reserves and fund balances as at 31 December 2010', '3'),
    (None, 'Statement II \u2013 Income and expenditure by part of the budget for the year ended 31 December 2010', '4'),
    (None, 'Schedule 1 \u2013 Assessed contributions outstanding by Member State as at 31 December 2010', '5'),
]


def leaders(x_from, x_to, y, font=R, size=BODY):
    dw = stringWidth('.', font, size)
    n = int((x_to - x_from) / dw) - 1
    if n > 2:
        c.setFont(font, size)
        c.drawRightString(x_to, y, '.' * n)


def contents_page():
    running_header('i')
    ctext(W / 2, 740, 'CONTENTS', B, 12)
    rtext(RM, 716, 'Page', B, 11)
    y = 694
    numx = RM
    for lab, txt, pg in CONTENTS:
        if lab:
            ltext(LM, y, lab, R, BODY)
            x0 = LM + 22
        else:
            x0 = LM
        maxw = numx - x0 - 40
        words = txt.split(' '); lines = []; cur = ''
        for wd in words:
            t = (cur + ' ' + wd).strip()
            if stringWidth(t, R, BODY) > maxw and cur:
                lines.append(cur); cur = wd
            else:
                cur = t
        lines.append(cur)
        for k, ln in enumerate(lines):
            xx = x0 if k == 0 or lab else x0 + 22   # second line of a statement entry indented
            ltext(xx, y, ln, R, BODY)
            if k == len(lines) - 1:
                endx = xx + stringWidth(ln, R, BODY) + 4
                leaders(endx, numx - 14, y)
                rtext(numx, y, pg, R, BODY)
                y -= 22
            else:
                y -= LEAD
    c.showPage()


# ----------------------------------------------------------------- body flow
FOOTNOTES = {
    '1': 'The Revision reflected the voluntary contributions confirmed up to 30 September 2010 and was '
         'taken note of by the Council at its Ninety-ninth Session, held in Geneva from 30 November to '
         '3 December 2010.',
    '2': 'The method used to determine the provision was presented to the Standing Committee on '
         'Programmes and Finance in document SCPF/48 and has been applied without change since 2009.',
    '3': 'See Council Resolution No. 1105 (LXXXVIII) of 30 November 2004 on the payment of arrears, and '
         'the latest status report on outstanding contributions to the Administrative Part of the Budget '
         '(SCPF/55).',
}

ELEMENTS = [
    ('title', 'FINANCIAL REPORT FOR THE YEAR ENDED 31 DECEMBER 2010'),
    ('heading', 'A.', ['INTRODUCTION']),
    ('para', '1', 'The present report, submitted by the Director General in accordance with Article~11 of the '
     'Financial Regulations, sets out the financial results of the Organization for the year ended '
     '31~December~2010. It covers both the Administrative Part of the Budget, financed by the assessed '
     'contributions of Member States, and the Operational Part of the Budget, financed by voluntary '
     'contributions, as approved in the Programme and Budget for 2010 (MC/2281) and amended in the '
     'Revision of the Programme and Budget for 2010 (MC/2301).{1}'),
    ('para', '2', 'The financial statements have been prepared in accordance with the United Nations System '
     'Accounting Standards. The Organization is preparing for the adoption of the International Public '
     'Sector Accounting Standards (IPSAS), and certain changes of presentation introduced in 2010, such as the '
     'separate disclosure of long-term investments, anticipate that transition. Figures for 2009 have been '
     'regrouped where necessary to make them comparable.'),
    ('para', '3', 'The accounts for 2010 have been audited by the External Auditor, whose report and opinion '
     'are issued separately in document MC/2315. The notes to which Statement I refers form part of the '
     'audited statements contained in that document and are not reproduced here.'),
    ('para', '4', 'Amounts under the Administrative Part of the Budget are budgeted and assessed in Swiss '
     'francs. In the statements they are shown in United States dollars, converted at the average United '
     'Nations operational rate of exchange for 2010 (CHF~1.0376 to USD~1) for income and expenditure, and at '
     'the rate of 31~December~2010 (CHF~0.94 to USD~1) for balances. Schedule 1 is presented in Swiss francs, '
     'the currency in which Member States are assessed.'),
    ('heading', 'B.', ['OVERVIEW OF THE FINANCIAL POSITION']),
    ('para', '5', 'Combined expenditure under both parts of the budget reached USD~1,315.4~million in 2010, '
     'against USD~1,130.0~million in 2009, an increase of 16.4 per cent. Most of the growth was concentrated '
     'in emergency and post-crisis operations, in particular the response to the earthquake that struck '
     'Haiti on 12~January~2010 and to the floods that affected large parts of Pakistan from late July 2010.'),
    ('para', '6', 'At 31~December~2010, total assets amounted to USD~809.6~million and total liabilities to '
     'USD~680.6~million (Statement I). Cash, cash equivalents and investments accounted for '
     'USD~681.0~million of the assets, while the largest liability, deferred income of USD~498.6~million, '
     'represents voluntary contributions received for activities to be carried out in 2011 and later years.'),
    ('para', '7', 'Reserves and fund balances rose from USD~94.3~million to USD~129.0~million. The increase of '
     'USD~34.7~million is the net result of the year shown in Statement II: a surplus of USD~35.0~million '
     'under the Operational Part, partly offset by a shortfall of USD~312,540 under the Administrative Part.'),
    ('heading', 'C.', ['ADMINISTRATIVE PART OF THE BUDGET']),
    ('para', '8', 'The Administrative Part of the Budget for 2010 was approved at CHF~39,289,000, equivalent to '
     'USD~37,865,266 at the average rate for the year. With interest and miscellaneous income of '
     'USD~200,493, total income amounted to USD~38,065,759, while expenditure totalled USD~38,378,299.'),
    ('para', '9', 'The resulting shortfall of USD~312,540 is explained by the following factors:'),
    ('item', '(a)', 'staff costs exceeded the budgeted level, owing mainly to the increase in the post '
     'adjustment multiplier for Geneva applied from 1~August~2010;', 1),
    ('item', '(b)', 'an additional provision of USD~205,500 was made for assessed contributions considered '
     'doubtful of recovery,{2} covering:', 1),
    ('item', '(i)', 'contributions outstanding for three or more full years; and', 2),
    ('item', '(ii)', 'contributions of Member States which have not honoured the instalments of an agreed '
     'payment plan;', 2),
    ('item', '(c)', 'the weakening of the United States dollar against the Swiss franc in the second half of '
     'the year raised the cost, in dollar terms, of the expenditure incurred in Swiss francs, which makes up '
     'most of the administrative budget.', 1),
    ('para', '10', 'In accordance with the Financial Regulations, the shortfall has been charged against the '
     'fund balance of the Administrative Part, which stood at USD~1,184,336 at 31~December~2010 '
     '(USD~1,496,876 at the end of 2009). No supplementary assessment of Member States is therefore proposed.'),
    ('heading', 'D.', ['OPERATIONAL PART OF THE BUDGET']),
    ('para', '11', 'Voluntary contributions recognized as income under the Operational Part totalled '
     'USD~1,297.5~million, compared with USD~1,088.7~million in 2009. Interest, investment and miscellaneous '
     'income brought total operational income to USD~1,312.1~million (Statement~II).'),
    ('para', '12', 'Operational expenditure of USD~1,277.1~million was made up as follows:'),
    ('bullet', 'direct programme costs, including transportation, medical services and assistance to '
     'migrants: USD~722.6~million;', 1),
    ('bullet', 'salaries and benefits of staff assigned to projects: USD~413.0~million;', 1),
    ('bullet', 'travel, office and general costs of field offices and projects: USD~140.2~million;', 1),
    ('bullet', 'provision for doubtful voluntary contributions receivable: USD~1.3~million.', 1),
    ('para', '13', 'Overhead income earned on projects, which finances the Operational Support Income budget, '
     'exceeded the level budgeted for 2010. In line with Resolution No.~1191 of 25~November~2009, the portion '
     'of that income above the budgeted level was credited to the Operational Support Income reserve, which '
     'accordingly increased from USD~15.4~million to USD~18.7~million (Statement~I). The remaining fund '
     'balances of the Operational Part, USD~109.2~million, are held for specific projects and may be used '
     'only for the purposes agreed with the donors concerned.'),
    ('heading', 'E.', ['ASSESSED CONTRIBUTIONS RECEIVABLE AND', 'ARREARS OF MEMBER STATES']),
    ('para', '14', 'Assessed contributions outstanding at 31~December~2010 amounted to CHF~5,490,931, of which '
     'CHF~1,705,329 related to 2010 and CHF~3,785,602 to 2009 and prior years (Schedule 1). Of the 63 Member '
     'States listed in the schedule, 31 owed contributions for 2010 only. In Statement I, the amount appears '
     'as USD~4,422,766, that is, USD~5,841,416 at the year-end rate less the cumulative provision of '
     'USD~1,418,650 for doubtful contributions.'),
    ('para', '15', 'At the end of the year, 29 Member States were in arrears in an amount equal to or exceeding '
     'the contributions due from them for the preceding two full years and therefore came under the '
     'provisions of Article~4 of the Constitution.{3} The Administration has continued to approach those '
     'Member States individually, and payment plans have been agreed with several of them. Since '
     '1~January~2011, payments totalling CHF~612,480 have been received from 14 Member States; they will be '
     'reflected in the next status report.'),
    ('heading', 'F.', ['ACTION REQUESTED']),
    ('para', '16', 'The Standing Committee on Programmes and Finance is invited to take note of the Financial '
     'Report for the year ended 31~December~2010 and to recommend to the Council that it approve the report.'),
]

SUP = 0.64


def tok_parts(tok):
    """split 'word{1}' into ('word', '1'); '~' stands for a non-breaking space."""
    mk = None
    if '{' in tok:
        base, rest = tok.split('{', 1)
        mk = rest.rstrip('}')
    else:
        base = tok
    return base.replace('~', ' '), mk


def tok_width(tok, font, size):
    base, mk = tok_parts(tok)
    w = stringWidth(base, font, size)
    if mk:
        w += stringWidth(mk, font, size * SUP) + 0.5
    return w


def wrap(text, width_first, width_rest, font=R, size=BODY):
    toks = text.split(' ')
    sp = stringWidth(' ', font, size)
    lines = []; cur = []; curw = 0
    for t in toks:
        tw = tok_width(t, font, size)
        lim = width_first if not lines else width_rest
        if cur and curw + sp + tw > lim:
            lines.append(cur); cur = [t]; curw = tw
        else:
            curw = curw + sp + tw if cur else tw
            cur.append(t)
    lines.append(cur)
    return lines


def draw_tokens(x, y, toks, width, justify, font=R, size=BODY):
    ws = [tok_width(t, font, size) for t in toks]
    sp = stringWidth(' ', font, size)
    gap = sp
    if justify and len(toks) > 1:
        gap = (width - sum(ws)) / (len(toks) - 1)
        if gap > 2.2 * sp:      # too loose: set the line ragged rather than with wide gaps
            gap = sp
    xx = x
    for t, w in zip(toks, ws):
        base, mk = tok_parts(t)
        c.setFont(font, size); c.drawString(xx, y, base)
        if mk:
            bw = stringWidth(base, font, size)
            c.setFont(font, size * SUP); c.drawString(xx + bw + 0.5, y + size * 0.38, mk)
        xx += w + gap


def markers_in(toks):
    out = []
    for t in toks:
        _, mk = tok_parts(t)
        if mk:
            out.append(mk)
    return out


def fn_height(mk):
    lines = wrap(FOOTNOTES[mk], TEXTW - 14, TEXTW - 14, R, FN)
    return len(lines) * FNLEAD + 3


# Build line records: each record = dict(kind, x, width, toks, justify, font, size, num, numx, space_before)
def build_records():
    recs = []
    for el in ELEMENTS:
        kind = el[0]
        if kind == 'title':
            recs.append(dict(kind='title', text=el[1], sb=0, h=18, group=None))
        elif kind == 'heading':
            lab, lines = el[1], el[2]
            g = []
            for k, ln in enumerate(lines):
                g.append(dict(kind='heading', lab=lab if k == 0 else None, text=ln, sb=18 if k == 0 else 0,
                              h=LEAD))
            g[-1]['keep'] = 3  # keep with 3 lines of what follows
            recs.extend(g)
        elif kind == 'para':
            num, text = el[1], el[2]
            x = LM + 36
            lines = wrap(text, RM - x, RM - x)
            for k, toks in enumerate(lines):
                recs.append(dict(kind='line', x=x, width=RM - x, toks=toks, justify=k < len(lines) - 1,
                                 num=num + '.' if k == 0 else None, numx=LM, sb=10 if k == 0 else 0, h=LEAD))
        elif kind in ('item', 'bullet'):
            lvl = el[-1]
            lab = el[1] if kind == 'item' else '\u2013'
            text = el[2] if kind == 'item' else el[1]
            labx = LM + 36 + (lvl - 1) * 30
            x = labx + 30
            lines = wrap(text, RM - x, RM - x)
            for k, toks in enumerate(lines):
                recs.append(dict(kind='line', x=x, width=RM - x, toks=toks, justify=k < len(lines) - 1,
                                 num=lab if k == 0 else None, numx=labx, sb=7 if k == 0 else 0, h=LEAD))
    return recs


def body_pages():
    recs = build_records()
    pages = []; cur = []; used_fn = []
    top = 760
    y = top
    i = 0
    while i < len(recs):
        r = recs[i]
        need = (r['sb'] if cur else 0) + r['h']
        mks = markers_in(r.get('toks', []))
        fnh = sum(fn_height(m) for m in used_fn + mks) + (16 if (used_fn or mks) else 0)
        extra = 0
        if r.get('keep'):
            extra = sum(recs[j]['h'] + recs[j]['sb'] for j in range(i + 1, min(i + 1 + r['keep'], len(recs))))
        if y - need - extra < BOTTOM + fnh:
            # heading that cannot keep: move whole heading block
            while cur and cur[-1][0]['kind'] == 'heading':
                i -= 1; cur.pop()
            pages.append((cur, used_fn)); cur = []; used_fn = []; y = top
            continue
        y -= need
        cur.append((r, y))
        used_fn += mks
        i += 1
    pages.append((cur, used_fn))
    return pages


def draw_body_page(label, items, fns):
    running_header(label)
    for r, y in items:
        if r['kind'] == 'title':
            ctext(W / 2, y, r['text'], B, 12)
        elif r['kind'] == 'heading':
            if r['lab']:
                ltext(LM, y, r['lab'], B, BODY)
            ltext(LM + 36, y, r['text'], B, BODY)
        else:
            if r['num']:
                ltext(r['numx'], y, r['num'], R, BODY)
            draw_tokens(r['x'], y, r['toks'], r['width'], r['justify'])
    if fns:
        hts = [fn_height(m) for m in fns]
        y = BOTTOM + sum(hts) + 2
        ltext(LM, y + 4, '__________', R, BODY)
        y -= 10
        for m in fns:
            lines = wrap(FOOTNOTES[m], TEXTW - 14, TEXTW - 14, R, FN)
            c.setFont(R, FN * SUP); c.drawString(LM, y + FN * 0.38, m)
            for k, toks in enumerate(lines):
                draw_tokens(LM + 14, y, toks, TEXTW - 14, k < len(lines) - 1, R, FN)
                y -= FNLEAD
            y -= 3
    c.showPage()


# ----------------------------------------------------------------- tables
def caption_block(lines, y):
    for txt, font, size in lines:
        ctext(W / 2, y, txt, font, size); y -= size + 5
    return y


def statement_one(label):
    running_header(label)
    y = caption_block([('STATEMENT I', B, 12),
                       ('STATEMENT OF ASSETS, LIABILITIES, RESERVES AND FUND BALANCES', B, 11),
                       ('AS AT 31 DECEMBER 2010', B, 11),
                       ('(in US dollars)', R, 10)], 748)
    FS = 9.5; RH = 13.2
    XN, X10, X09 = 352, 448, RM
    y -= 8
    c.setLineWidth(0.6); c.line(LM, y + 10, RM, y + 10)
    y -= 4
    ctext(XN, y, 'Notes', B, FS); rtext(X10, y, '2010', B, FS); rtext(X09, y, '2009', B, FS)
    y -= 5; c.line(LM, y, RM, y); y -= 13

    def row(lbl, ind, font, note='', v=None, tot=False, rule=False, blank_after=0):
        nonlocal y
        if rule:
            c.setLineWidth(0.4)
            c.line(X10 - 58, y + RH - 3, X10, y + RH - 3); c.line(X09 - 58, y + RH - 3, X09, y + RH - 3)
        ltext(LM + ind, y, lbl, font, FS)
        if note:
            ctext(XN, y, note, R, FS)
        if v is not None:
            rtext(X10, y, fmt(v[0]), font if tot else R, FS)
            rtext(X09, y, fmt(v[1]), font if tot else R, FS)
        y -= RH + blank_after

    def items(rows):
        for lbl, note, a, b in rows:
            row(lbl, 24, R, note, (a, b))

    row('ASSETS', 0, B)
    row('Current assets', 12, I)
    items(F.ASSETS_CUR)
    row('Total current assets', 12, B, v=F.TCA, tot=True, rule=True, blank_after=3)
    row('Non-current assets', 12, I)
    items(F.ASSETS_NC)
    row('Total non-current assets', 12, B, v=F.TNCA, tot=True, rule=True, blank_after=3)
    row('TOTAL ASSETS', 0, B, v=F.TA, tot=True, rule=True, blank_after=10)
    row('LIABILITIES', 0, B)
    row('Current liabilities', 12, I)
    items(F.LIAB_CUR)
    row('Total current liabilities', 12, B, v=F.TCL, tot=True, rule=True, blank_after=3)
    row('Non-current liabilities', 12, I)
    items(F.LIAB_NC)
    row('Total non-current liabilities', 12, B, v=F.TNCL, tot=True, rule=True, blank_after=3)
    row('TOTAL LIABILITIES', 0, B, v=F.TL, tot=True, rule=True, blank_after=10)
    row('RESERVES AND FUND BALANCES', 0, B)
    row('Administrative Part of the Budget', 24, R, '', F.ADMIN_FB)
    row('Operational Support Income reserve', 24, R, '10', F.OSI_RES)
    row('Other Operational Part fund balances', 24, R, '', F.OTHER_OPS)
    row('Total reserves and fund balances', 12, B, v=F.TR, tot=True, rule=True, blank_after=10)
    tot = (F.TL[0] + F.TR[0], F.TL[1] + F.TR[1])
    assert tot == F.TA
    row('TOTAL LIABILITIES, RESERVES AND FUND BALANCES', 0, B, v=tot, tot=True, rule=True)
    c.setLineWidth(0.6)
    c.line(X10 - 58, y + RH - 3, X10, y + RH - 3); c.line(X09 - 58, y + RH - 3, X09, y + RH - 3)
    c.line(X10 - 58, y + RH - 5, X10, y + RH - 5); c.line(X09 - 58, y + RH - 5, X09, y + RH - 5)
    c.showPage()


def statement_two(label):
    running_header(label)
    y = caption_block([('STATEMENT II', B, 12),
                       ('STATEMENT OF INCOME AND EXPENDITURE BY PART OF THE BUDGET', B, 11),
                       ('FOR THE YEAR ENDED 31 DECEMBER 2010', B, 11),
                       ('(in US dollars)', R, 10)], 748)
    FS = 9; RH = 13.5
    XA, XO, XT, X9 = 300, 378, 452, RM
    y -= 8
    c.setLineWidth(0.6); c.line(LM, y + 10, RM, y + 10)
    y -= 4
    for x, l1, l2 in [(XA, 'Administrative', 'Part'), (XO, 'Operational', 'Part'),
                      (XT, 'Total', '2010'), (X9, 'Total', '2009')]:
        rtext(x, y, l1, B, FS); rtext(x, y - 11, l2, B, FS)
    y -= 16; c.line(LM, y, RM, y); y -= 14

    def row(lbl, ind, font, a=None, o=None, t9=None, vals=True, tot=False, rule=False, blank_after=0,
            cont=None):
        nonlocal y
        if rule:
            c.setLineWidth(0.4)
            for x in (XA, XO, XT, X9):
                c.line(x - 56, y + RH - 3, x, y + RH - 3)
        ltext(LM + ind, y, lbl, font, FS)
        if cont:  # label continued on a second line; figures on that line
            y -= 11
            ltext(LM + ind + 6, y, cont, font, FS)
        if vals:
            t10 = (a or 0) + (o or 0) if (a is not None or o is not None) else None
            f = font if tot else R
            rtext(XA, y, fmt(a), f, FS); rtext(XO, y, fmt(o), f, FS)
            rtext(XT, y, fmt(t10), f, FS); rtext(X9, y, fmt(t9), f, FS)
        y -= RH + blank_after

    row('INCOME', 0, B, vals=False)
    row('Assessed contributions', 14, R, F.A_INC['ass'], F.O_INC['ass'], F.T09_INC['ass'])
    row('Voluntary contributions', 14, R, F.A_INC['vol'], F.O_INC['vol'], F.T09_INC['vol'])
    row('Interest and investment income', 14, R, F.A_INC['int_'], F.O_INC['int_'], F.T09_INC['int_'])
    row('Miscellaneous income', 14, R, F.A_INC['oth'], F.O_INC['oth'], F.T09_INC['oth'])
    row('Total income', 7, B, F.A_TI, F.O_TI, F.T09_TI, tot=True, rule=True, blank_after=10)
    row('EXPENDITURE', 0, B, vals=False)
    row('Staff salaries and benefits', 14, R, F.A_EXP['staff'], F.O_EXP['staff'], F.T09_EXP['staff'])
    row('Travel, office and general costs', 14, R, F.A_EXP['office'], F.O_EXP['office'], F.T09_EXP['office'])
    row('Direct programme costs', 14, R, F.A_EXP['direct'], F.O_EXP['direct'], F.T09_EXP['direct'])
    row('Provision for doubtful receivables', 14, R, F.A_EXP['prov'], F.O_EXP['prov'], F.T09_EXP['prov'])
    row('Total expenditure', 7, B, F.A_TE, F.O_TE, F.T09_TE, tot=True, rule=True, blank_after=10)
    row('EXCESS (SHORTFALL) OF INCOME', 0, B, F.A_EXCESS, F.O_EXCESS, F.T09_EXCESS, tot=True,
        cont='OVER EXPENDITURE', blank_after=6)
    row('Fund balances at 1 January', 7, R, F.A_BEG, F.O_BEG, F.T09_BEG, blank_after=4)
    row('FUND BALANCES AT 31 DECEMBER', 0, B, F.A_END, F.O_END, F.T09_END, tot=True, rule=True)
    c.setLineWidth(0.6)
    for x in (XA, XO, XT, X9):
        c.line(x - 56, y + RH - 3, x, y + RH - 3); c.line(x - 56, y + RH - 5, x, y + RH - 5)
    assert F.A_END + F.O_END == F.TR[0]
    c.showPage()


def schedule_one(labels, split):
    FS = 9.5; RH = 14.2
    XP, XC, XT = 338, 428, RM
    rows = F.SCHED
    parts = [rows[:split], rows[split:]]
    for pi, part in enumerate(parts):
        running_header(labels[pi])
        cap = 'SCHEDULE 1' if pi == 0 else 'SCHEDULE 1 (continued)'
        y = caption_block([(cap, B, 12),
                           ('ASSESSED CONTRIBUTIONS OUTSTANDING BY MEMBER STATE', B, 11),
                           ('AS AT 31 DECEMBER 2010', B, 11),
                           ('(in Swiss francs)', R, 10)], 748)
        y -= 8
        c.setLineWidth(0.6); c.line(LM, y + 10, RM, y + 10)
        y -= 4
        ltext(LM, y - 11, 'Member State', B, FS)
        for x, l1, l2 in [(XP, '2009 and', 'prior years'), (XC, '', '2010'), (XT, 'Total', 'outstanding')]:
            if l1:
                rtext(x, y, l1, B, FS)
            rtext(x, y - 11, l2, B, FS)
        y -= 16; c.line(LM, y, RM, y); y -= 14
        for name, p, cur in part:
            ltext(LM, y, name, R, FS)
            if name == F.FOOTNOTED_STATE:
                w = stringWidth(name, R, FS)
                c.setFont(R, FS * SUP); c.drawString(LM + w + 0.8, y + FS * 0.38, '*')
            rtext(XP, y, fmt(p), R, FS); rtext(XC, y, fmt(cur), R, FS)
            rtext(XT, y, fmt((p or 0) + cur), R, FS)
            y -= RH
        if pi == 1:
            c.setLineWidth(0.4)
            for x in (XP, XC, XT):
                c.line(x - 52, y + RH - 3, x, y + RH - 3)
            ltext(LM, y - 2, 'Total', B, FS)
            rtext(XP, y - 2, fmt(F.SCHED_PRIOR), B, FS); rtext(XC, y - 2, fmt(F.SCHED_CUR), B, FS)
            rtext(XT, y - 2, fmt(F.SCHED_TOT), B, FS)
            c.setLineWidth(0.6)
            for x in (XP, XC, XT):
                c.line(x - 52, y - 6, x, y - 6); c.line(x - 52, y - 8, x, y - 8)
            y -= 34
            note = ('* A payment plan covering the arrears for 2004 to 2009 was agreed with the Administration '
                    'in 2009. The instalments due under the plan in 2010 were received in full; the amount shown '
                    'as outstanding for 2009 and prior years is payable in annual instalments until 2015.')
            lines = wrap(note, TEXTW, TEXTW, R, 9)
            for k, toks in enumerate(lines):
                draw_tokens(LM, y, toks, TEXTW, k < len(lines) - 1, R, 9)
                y -= 11
        c.showPage()


# ----------------------------------------------------------------- assemble
pages = body_pages()
where = {}
for n, (items, fns) in enumerate(pages, start=1):
    for r, _ in items:
        if r['kind'] == 'heading' and r.get('lab'):
            where[r['lab']] = str(n)
nb = len(pages)
CONTENTS[:] = [(lab, txt, where[lab] if lab else pg) for lab, txt, pg in CONTENTS]
CONTENTS[-3:] = [(None, CONTENTS[-3][1], str(nb + 1)), (None, CONTENTS[-2][1], str(nb + 2)),
                 (None, CONTENTS[-1][1], str(nb + 3))]
cover()
contents_page()
for n, (items, fns) in enumerate(pages, start=1):
    draw_body_page(str(n), items, fns)
nb = len(pages)
statement_one(str(nb + 1))
statement_two(str(nb + 2))
schedule_one([str(nb + 3), str(nb + 4)], 42)
c.save()
print('body pages', nb)
for n, (items, fns) in enumerate(pages, start=1):
    heads = [r['lab'] for r, _ in items if r['kind'] == 'heading' and r.get('lab')]
    nums = [r['num'] for r, _ in items if r['kind'] == 'line' and r['num'] and r['numx'] == LM]
    print('page', n, 'headings', heads, 'paras', nums, 'fns', fns,
          'first', ' '.join(items[0][0].get('toks', [items[0][0].get('text', '')]))[:50])
