/// The report's style sheet, inlined in its one `<style>` element (allowed by hash in the page's
/// Content-Security-Policy). System fonts only: the report makes no request.
enum ReportStyle {
    static let css = #"""
*{box-sizing:border-box}
body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans","Liberation Sans",Arial,sans-serif;color:#1f2937;background:#f3f4f6;display:flex;flex-direction:column;min-height:100vh}
button{font:inherit;cursor:pointer}
header.top{order:0;background:#111827;color:#f9fafb;padding:10px 20px;display:flex;flex-wrap:wrap;align-items:center;gap:6px 22px}
header.top h1{font-size:18px;margin:0;font-weight:650}
header.top h1 span{color:#9ca3af;font-weight:400}
header.top .stages{margin:0;color:#9ca3af;font-size:13px}
header.top .tools{margin-left:auto;display:flex;flex-wrap:wrap;gap:8px 16px;align-items:center;font-size:13px}
header.top a{color:#93c5fd}
header.top .legend .e,header.top .legend .q{color:#111827}
#overview{order:1;padding:16px 24px}
main{order:2;display:grid;grid-template-columns:minmax(220px,290px) minmax(0,1fr);flex:1}
nav{background:#fff;border-right:1px solid #e5e7eb;padding:12px;display:flex;flex-direction:column;gap:8px;position:sticky;top:0;height:100vh;overflow:auto}
#filter{width:100%;padding:6px 8px;border:1px solid #d1d5db;border-radius:6px;font:inherit}
nav label,#count,.pager{font-size:13px;color:#4b5563;margin:0}
.pager{display:flex;align-items:center;gap:8px}
.pager button{border:1px solid #d1d5db;background:#fff;border-radius:5px;padding:0 8px}
.pager button:disabled{opacity:.4;cursor:default}
#list{list-style:none;margin:0;padding:0}
#list a{display:block;padding:6px 8px;border-radius:6px;color:inherit;text-decoration:none}
#list a:hover{background:#f3f4f6}
#list a.cur{background:#e0e7ff}
#list .t{display:block;font-weight:600;font-size:14px;line-height:1.3;overflow-wrap:anywhere}
#list .m{display:block;font-size:12px;color:#6b7280}
.bad{background:#fee2e2;color:#991b1b}
#list .bad{display:inline-block;font-size:11px;border-radius:4px;padding:0 5px}
#view{padding:18px 26px;min-width:0}
#view #overview{padding:0}
article.doc header h2{margin:0 0 2px;font-size:24px;line-height:1.25;overflow-wrap:anywhere}
.src{margin:0;color:#4b5563}
.id{margin:2px 0 0;color:#9ca3af;font:12px ui-monospace,"DejaVu Sans Mono",monospace;overflow-wrap:anywhere}
.err{background:#fee2e2;color:#7f1d1d;padding:8px 12px;border-radius:6px;overflow-wrap:anywhere}
.sum{background:#fff;border-left:4px solid #0f766e;padding:2px 16px 4px;margin:14px 0;border-radius:0 8px 8px 0}
.sum h3{margin:8px 0 0;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#0f766e}
.sum p{margin:4px 0 8px}
.cols{display:grid;grid-template-columns:minmax(0,1fr) 320px;gap:22px;align-items:start;margin-top:14px}
.txt{counter-reset:s;background:#fff;padding:16px 20px;border-radius:8px;white-space:pre-wrap;overflow-wrap:anywhere;font-size:16px;line-height:1.75}
.none{color:#9ca3af;font-style:italic}
aside section,aside details,#overview section{background:#fff;border-radius:8px;padding:10px 14px;margin-bottom:12px}
aside h3,#overview h3{margin:0 0 6px;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280}
aside h4{margin:8px 0 2px;font-size:13px;font-weight:600;color:#4b5563}
aside ul{margin:0;padding:0;list-style:none;display:flex;flex-wrap:wrap;gap:4px 6px}
aside ul li{font-size:14px}
aside .more{color:#6b7280;font-size:12px}
.who ol{margin:0;padding-left:20px}
.who li{margin:6px 0;cursor:pointer;padding:3px 5px;border-radius:5px;font-size:14px}
.who li.hl{background:#fef08a}
.who b{font-weight:600}
.who b.none{font-weight:400;font-style:italic;color:#9ca3af}
.role{color:#6b7280}
.who small{font-size:12px;color:#6b7280;margin-left:2px}
.who q{display:block;color:#374151}
.who li[data-k=indirect] q{quotes:none}
.meta summary{cursor:pointer;font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:#6b7280}
.meta dl{margin:6px 0 0;font-size:13px;display:grid;grid-template-columns:auto minmax(0,1fr);gap:2px 10px}
.meta dt{color:#6b7280}
.meta dd{margin:0;overflow-wrap:anywhere}
.q{background:#fef9c3;box-shadow:inset 0 -2px 0 #eab308}
.q[data-k=indirect]{background:#fefce8;box-shadow:inset 0 -2px 0 #fcd34d}
.sp{font-weight:650;box-shadow:inset 0 -2px 0 #b45309}
.q.hl,.sp.hl{background:#fde047}
.e{border-radius:3px;padding:0 2px;background:#e5e7eb;border:0;color:inherit;font:inherit}
.e[data-l=PER],.lbl[data-l=PER]{background:#dbeafe}
.e[data-l=ORG],.lbl[data-l=ORG]{background:#ffedd5}
.e[data-l=LOC],.lbl[data-l=LOC]{background:#dcfce7}
.e[data-l=MISC],.lbl[data-l=MISC]{background:#f3e8ff}
.lbl{border-radius:4px;padding:0 5px;font-size:12px;font-weight:700;background:#e5e7eb}
.labels .txt .e::after{content:attr(data-l);font-size:10px;font-weight:700;margin-left:3px;vertical-align:1px;color:#4b5563}
.labels .txt .e[data-l=PER]::after{color:#1d4ed8}
.labels .txt .e[data-l=ORG]::after{color:#c2410c}
.labels .txt .e[data-l=LOC]::after{color:#15803d}
.labels .txt .e[data-l=MISC]::after{color:#7e22ce}
.show-s .txt .s{background:#eff6ff}
.show-s .txt .s.o{background:#f0fdf4}
.txt .s:not(.c){counter-increment:s}
.show-s .txt .s:not(.c)::before{content:counter(s);font-size:10px;font-weight:700;color:#fff;background:#64748b;border-radius:3px;padding:0 3px;margin-right:3px;vertical-align:2px}
.show-s .txt .s.m:not(.c)::before{background:#0f766e}
#overview h2{margin:0 0 10px;font-size:22px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin-bottom:12px}
.card{background:#fff;border-radius:8px;padding:8px 14px;min-width:120px;font-size:13px;color:#4b5563}
.card b{display:block;font-size:22px;color:#111827}
.card small{display:block;color:#6b7280}
.card.bad b{color:#991b1b}
.ov-cols{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px;align-items:start}
.ov-cols section{margin:0}
.ov-ents{grid-column:1/-1}
#overview table{border-collapse:collapse;width:100%;font-size:14px}
#overview th{text-align:left;font-weight:600;color:#6b7280;font-size:12px;border-bottom:1px solid #e5e7eb;padding:4px 8px}
#overview td{border-bottom:1px solid #f3f4f6;padding:5px 8px;vertical-align:top}
#overview td:nth-child(2),#overview td:nth-child(3){text-align:right;font-variant-numeric:tabular-nums}
#overview td button{margin:1px 0}
#overview ol{margin:0;padding-left:22px}
#overview button.spk{background:none;border:0;padding:0;color:#1d4ed8;text-align:left}
#overview small{color:#6b7280}
.ov-err ul{margin:0;padding-left:18px;font-size:14px}
.ov-err li{overflow-wrap:anywhere}
.ov-err .stage{font-size:12px;background:#fee2e2;color:#991b1b;border-radius:4px;padding:0 4px}
.note{color:#6b7280;font-size:12px}
@media (max-width:900px){main{grid-template-columns:1fr}nav{position:static;height:auto;max-height:50vh}.cols{grid-template-columns:1fr}}
"""#
}
