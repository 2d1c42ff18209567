/**
 * The report page's only stylesheet. It is inlined and allowed by its hash in the page's CSP, so the page
 * needs no network and no `style` attributes (which that CSP would block).
 */
export const STYLE = `
:root{--ink:#172033;--muted:#5a6478;--faint:#8a93a6;--line:#e3e7ee;--bg:#f4f6f9;--panel:#fff;--accent:#1f4fbf;--accent-soft:#e8eefc;
--ok:#137a47;--ok-soft:#e3f4ea;--bad:#b42318;--bad-soft:#fdecea;--warn:#9a5b00;--warn-soft:#fdf3e1;--sup:#5a6478;--sup-soft:#eef0f4;--head:#13203a}
*{box-sizing:border-box}
html{-webkit-text-size-adjust:100%}
body{margin:0;font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
.wrap{max-width:1320px;margin:0 auto;padding:0 28px}
a{color:var(--accent)}
code{font:12px/1.4 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;background:#f1f3f7;border-radius:4px;padding:1px 4px;word-break:break-word}
.top{background:var(--head);color:#fff;padding:26px 0 22px}
.eyebrow{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:11px;color:#aab6d3}
.top h1{margin:4px 0 14px;font-size:26px;font-weight:650;letter-spacing:-.01em}
.facts{display:grid;grid-template-columns:repeat(auto-fit,minmax(220px,1fr));gap:10px 24px;margin:0}
.facts div{border-left:2px solid #3b4d75;padding-left:10px}.facts dt{font-size:11px;text-transform:uppercase;letter-spacing:.06em;color:#aab6d3}
.facts dd{margin:2px 0 0;font-size:13.5px}.top a{color:#fff}
.meta{margin:14px 0 0;font-size:12px;color:#aab6d3}
.toc{display:flex;gap:4px;flex-wrap:wrap;padding-top:12px;padding-bottom:4px}
.toc a{font-size:12.5px;text-decoration:none;color:var(--muted);padding:4px 10px;border-radius:14px;border:1px solid var(--line);background:var(--panel)}
.toc a:hover{color:var(--accent);border-color:var(--accent)}
main{padding-bottom:40px}
section{background:var(--panel);border:1px solid var(--line);border-radius:10px;padding:18px 22px;margin:16px 0;box-shadow:0 1px 2px rgba(16,24,40,.04)}
h2{font-size:18px;margin:0 0 4px;font-weight:650}h2+.lead{margin-top:0}
h3{font-size:15px;margin:0}
.lead{color:var(--muted);margin:0 0 14px;max-width:80ch}
.muted{color:var(--muted)}.small{font-size:12px}
.cards{display:grid;grid-template-columns:repeat(auto-fit,minmax(150px,1fr));gap:12px;margin:12px 0 16px}
.card{border:1px solid var(--line);border-radius:8px;padding:12px 14px;background:#fbfcfd}
.card b{display:block;font-size:26px;line-height:1.15;font-weight:650}.card span{color:var(--muted);font-size:12.5px}
.card.declared b{color:var(--ok)}.card.undeclared b{color:var(--bad)}.card.suppressed b{color:var(--sup)}.card.coverage b{color:var(--accent)}
.card.alert{border-color:#f3b8b2;background:var(--bad-soft)}
.legend{display:grid;grid-template-columns:max-content 1fr;gap:6px 12px;margin:6px 0 0;font-size:13px;align-items:baseline}
.legend dd{margin:0;color:var(--muted)}
.badge{display:inline-block;border-radius:999px;padding:1px 9px;font-size:12px;font-weight:600;white-space:nowrap;border:1px solid transparent}
.badge.declared{background:var(--ok-soft);color:var(--ok)}.badge.undeclared{background:var(--bad-soft);color:var(--bad)}.badge.suppressed{background:var(--sup-soft);color:var(--sup)}
.badge.basis{background:var(--accent-soft);color:var(--accent)}.badge.none{background:var(--bad-soft);color:var(--bad)}
.badge.transfer{background:var(--warn-soft);color:var(--warn)}.badge.org{background:var(--sup-soft);color:var(--sup);font-weight:500}
.tag{display:inline-block;border:1px solid var(--line);border-radius:6px;padding:0 6px;margin:1px 2px 1px 0;font-size:12px;white-space:nowrap;background:#fafbfc}
.tag.off{border-style:dashed;color:var(--bad)}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;padding:7px 9px;border-bottom:1px solid var(--line);vertical-align:top}
thead th{background:#f7f8fb;font-size:12px;font-weight:650;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;white-space:nowrap;position:sticky;top:0;z-index:1}
tbody tr:hover{background:#fafbfe}
th[data-sort]{cursor:pointer;user-select:none}th[data-sort]:hover{color:var(--accent)}
th[data-sort]::after{content:"\\2195";margin-left:4px;color:var(--faint);font-size:11px}
th[aria-sort=ascending]::after{content:"\\2191";color:var(--accent)}th[aria-sort=descending]::after{content:"\\2193";color:var(--accent)}
.why{display:block;font-size:12px;color:var(--muted);margin-top:2px}
.fix{display:block;font-size:12px;margin-top:4px;color:var(--ink)}.fix b{color:var(--accent)}
.where div{font-size:12px;overflow-wrap:anywhere;display:grid;grid-template-columns:62px 1fr;gap:0 6px;margin-bottom:2px}.where .src{color:var(--faint);font-size:10.5px;text-transform:uppercase;letter-spacing:.04em;padding-top:1px}
.evidence{font-size:11.5px;color:var(--muted);overflow-wrap:anywhere}
.table-scroll{overflow-x:auto}
#inventory-table{table-layout:fixed;min-width:1100px}
#inventory-table th:nth-child(1){width:22%}#inventory-table th:nth-child(2){width:9%}#inventory-table th:nth-child(3){width:16%}#inventory-table th:nth-child(4){width:22%}#inventory-table th:nth-child(5){width:12%}#inventory-table th:nth-child(6){width:9%}#inventory-table th:nth-child(7){width:10%}
#inventory-table .tag{white-space:normal;overflow-wrap:anywhere;max-width:100%}
#inventory-table code{overflow-wrap:anywhere;word-break:normal}
.purposes{display:grid;grid-template-columns:repeat(auto-fill,minmax(520px,1fr));gap:14px}
.purpose{border:1px solid var(--line);border-radius:8px;padding:14px 16px;break-inside:avoid}
.purpose header{display:flex;justify-content:space-between;gap:10px;align-items:flex-start;margin-bottom:6px}
.purpose header .id{font-size:12px;color:var(--faint)}
.purpose p{margin:0 0 8px;color:var(--muted)}
.purpose dl{display:grid;grid-template-columns:150px 1fr;gap:5px 12px;margin:0;font-size:13px}
.purpose dt{color:var(--muted)}.purpose dd{margin:0}
.found{font-size:12.5px}
.rights td,.rights th{text-align:center}.rights td:first-child,.rights th:first-child{text-align:left}
.rights td{font-size:12px;min-width:96px}
.mark{display:block;font-weight:700;font-size:13px}
.yes .mark{color:var(--ok)}.no .mark{color:var(--faint)}.limited .mark{color:var(--warn)}
.rights td.yes{background:#f5fbf7}.rights td.limited{background:#fffaf0}
.filters{display:flex;gap:10px;flex-wrap:wrap;align-items:end;margin:10px 0 12px;padding:10px 12px;background:#f7f8fb;border:1px solid var(--line);border-radius:8px}
.filters label{display:flex;flex-direction:column;font-size:11px;color:var(--muted);text-transform:uppercase;letter-spacing:.04em;gap:3px}
.filters select,.filters input{font:inherit;font-size:13px;text-transform:none;letter-spacing:0;padding:5px 8px;border:1px solid #cfd5df;border-radius:6px;background:#fff;color:var(--ink);min-width:150px}
.filters input{min-width:240px}.filters .count{margin-left:auto;font-size:13px;color:var(--muted);align-self:center}
tr.hidden{display:none}
.bars{display:grid;grid-template-columns:minmax(140px,max-content) 1fr max-content;gap:8px 14px;align-items:center;font-size:13px}
svg.bar{width:100%;height:12px;display:block;border-radius:3px;background:var(--sup-soft)}
.b-declared{fill:#2e9e63}.b-undeclared{fill:#d64536}.b-suppressed{fill:#a3acbd}
.swatch{display:inline-block;width:10px;height:10px;border-radius:2px;margin:0 4px 0 12px;vertical-align:-1px}
.swatch:first-child{margin-left:0}
svg.swatch{width:10px;height:10px}
.stack{display:grid;gap:18px}.stack h3{margin:0 0 8px}
.counts td:last-child{width:32%}
.flows th:first-child{width:10%}.flows .where div{display:block;overflow-wrap:normal;white-space:nowrap}
.matrix{width:auto;min-width:60%}.matrix thead th:first-child{background:none}.matrix tbody th{padding-right:28px}
.matrix th.col{writing-mode:vertical-rl;transform:rotate(180deg);white-space:nowrap;text-transform:none;letter-spacing:0;font-size:12px;vertical-align:bottom;text-align:left;padding:8px 4px}
.matrix td{text-align:center;width:56px;font-size:12px}.matrix tbody th{font-weight:600;white-space:nowrap}
.matrix td.allowed{background:var(--accent-soft);color:var(--accent);font-weight:650}
.matrix td.violation{background:var(--bad-soft);color:var(--bad);font-weight:650}
.matrix td.empty{color:#cfd5df}
h3.section-sub{margin:20px 0 8px}
.changes li{margin:3px 0}.plain{margin:6px 0;padding-left:20px}
.sev-error{color:var(--bad);font-weight:600}.sev-warning{color:var(--warn);font-weight:600}
footer{color:var(--faint);font-size:12px;padding:8px 0 30px}
@page{size:A4 landscape;margin:12mm}
@media print{
body{background:#fff;font-size:10.5px}
.wrap{max-width:none;padding:0}
.top{background:#fff;color:var(--ink);padding:0 0 10px;border-bottom:2px solid var(--ink)}
.top .eyebrow,.top .meta,.facts dt{color:var(--muted)}.top a{color:var(--ink)}.facts div{border-left-color:var(--line)}
.toc,.filters{display:none}
tr.hidden{display:table-row!important}
section{border:none;box-shadow:none;padding:0;margin:0 0 14px;break-before:page}
section#summary{break-before:auto}
h2{break-after:avoid}
thead{display:table-header-group}thead th{position:static}
tr,.purpose{break-inside:avoid}
.purposes{grid-template-columns:1fr 1fr}
a{color:inherit;text-decoration:none}
}
`;
