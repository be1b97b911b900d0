"""The page's CSS (a module rather than a .css file, so it ships with the package). Colours follow the theme."""

CSS = """
.gradio-container { max-width: 1280px !important; margin: 0 auto !important; }
.mi-header { display: flex; justify-content: space-between; align-items: flex-end; gap: 24px;
  padding: 6px 4px 10px; border-bottom: 1px solid var(--border-color-primary); }
.mi-header h1 { margin: 0; font-size: 1.7rem; font-weight: 700; letter-spacing: -0.01em; }
.mi-header p { margin: 4px 0 0; color: var(--body-text-color-subdued); }
.mi-header .mi-header-note { max-width: 330px; font-size: 0.8rem; text-align: right; }
.mi-muted { color: var(--body-text-color-subdued); }
.mi-card { border: 1px solid var(--border-color-primary); border-radius: 12px; padding: 14px 18px;
  background: var(--block-background-fill); margin-bottom: 12px; }
.mi-card h3 { margin: 0 0 8px; font-size: 1.05rem; }
.mi-card h4 { margin: 12px 0 4px; font-size: 0.9rem; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--body-text-color-subdued); }
.mi-card ul, .mi-card ol { margin: 0; padding-left: 1.2em; }
.mi-card li { margin: 3px 0; }
.mi-topics li { margin: 6px 0; }
.mi-kind { display: inline-block; min-width: 84px; font-size: 0.72rem; font-weight: 600; text-transform: uppercase;
  letter-spacing: 0.04em; padding: 1px 8px; border-radius: 999px; margin-right: 6px; text-align: center;
  background: #eef2ff; color: #4338ca; }
.mi-kind-behavioral { background: #ecfdf5; color: #047857; }
.mi-kind-role { background: #fef3c7; color: #92400e; }
.mi-kind-education { background: #f1f5f9; color: #475569; }
.mi-kind-skill { background: #f0f9ff; color: #0369a1; }
.mi-progress { padding: 10px 14px; border: 1px solid var(--border-color-primary); border-radius: 12px;
  background: var(--block-background-fill); }
.mi-progress-text { display: flex; justify-content: space-between; align-items: baseline; gap: 12px;
  margin-bottom: 8px; }
.mi-progress-topic { font-weight: 650; font-size: 1.02rem; }
.mi-progress-count { color: var(--body-text-color-subdued); font-size: 0.9rem; white-space: nowrap; }
.mi-progress-session { margin-left: 10px; font-size: 0.75rem; opacity: 0.75; font-family: var(--font-mono); }
.mi-progress-track { height: 6px; border-radius: 999px; background: var(--border-color-primary); overflow: hidden; }
.mi-progress-fill { height: 100%; background: var(--color-accent); border-radius: 999px; transition: width .4s; }
.mi-countdown { font-variant-numeric: tabular-nums; font-weight: 650; color: var(--body-text-color); }
.mi-countdown-low { color: #b45309; }
.mi-countdown-over { color: #b91c1c; }
#answer.mi-over-time textarea { border-color: #b91c1c; box-shadow: 0 0 0 1px #b91c1c; }
.mi-over { color: #b91c1c; font-weight: 600; }
.mi-pill { font-size: 0.72rem; font-weight: 600; padding: 1px 8px; border-radius: 999px; margin-left: 6px;
  background: #eef2ff; color: #4338ca; vertical-align: middle; }
.mi-panel { border: 1px solid var(--border-color-primary); border-radius: 12px; padding: 12px 14px;
  background: var(--block-background-fill); }
.mi-panel-head { display: flex; justify-content: space-between; align-items: center; font-weight: 650;
  margin-bottom: 10px; }
.mi-badge { font-size: 0.7rem; font-weight: 700; text-transform: uppercase; letter-spacing: 0.05em;
  padding: 2px 9px; border-radius: 999px; background: #f1f5f9; color: #475569; }
.mi-badge-live { background: #dcfce7; color: #15803d; }
.mi-badge-paused, .mi-badge-waiting { background: #fef3c7; color: #92400e; }
.mi-panel-note { margin: 4px 0 10px; font-size: 0.9rem; color: var(--body-text-color-subdued); }
.mi-panel-error { color: #b91c1c; font-size: 0.85rem; }
.mi-panel-foot { display: flex; justify-content: space-between; gap: 10px; margin-top: 10px; padding-top: 8px;
  border-top: 1px solid var(--border-color-primary); font-size: 0.75rem; color: var(--body-text-color-subdued); }
.mi-updates { white-space: nowrap; font-family: var(--font-mono); }
.mi-bars { display: flex; flex-direction: column; gap: 7px; }
.mi-bar { display: grid; grid-template-columns: 112px 1fr 34px; align-items: center; gap: 8px; font-size: 0.88rem; }
.mi-bar-track { height: 9px; border-radius: 999px; background: var(--border-color-primary); overflow: hidden; }
.mi-bar-fill { display: block; height: 100%; border-radius: 999px; transition: width .5s; }
.mi-bar-value { text-align: right; font-weight: 700; font-variant-numeric: tabular-nums; }
.mi-reminders { list-style: none; padding: 0; margin: 12px 0 0; display: flex; flex-direction: column; gap: 6px; }
.mi-rem { padding: 7px 10px; border-radius: 8px; font-size: 0.88rem; background: #fff7ed; color: #9a3412;
  border-left: 3px solid #f97316; }
.mi-rem-positive { background: #f0fdf4; color: #166534; border-left-color: #22c55e; }
.mi-report { display: flex; flex-direction: column; gap: 0; }
.mi-report-head { display: flex; justify-content: space-between; align-items: center; gap: 20px; margin-bottom: 12px; }
.mi-report-head h2 { margin: 0; font-size: 1.5rem; }
.mi-overall { text-align: center; min-width: 150px; padding: 8px 18px; border: 1px solid var(--border-color-primary);
  border-radius: 14px; background: var(--block-background-fill); }
.mi-overall-num { font-size: 2.6rem; font-weight: 800; line-height: 1.05; }
.mi-overall-num small { font-size: 0.95rem; font-weight: 600; color: var(--body-text-color-subdued); }
.mi-overall-label { font-weight: 650; text-transform: capitalize; }
.mi-overall-note { font-size: 0.8rem; color: var(--body-text-color-subdued); }
.mi-notice { padding: 10px 14px; border-radius: 10px; background: #fef3c7; color: #92400e; font-size: 0.88rem;
  margin-bottom: 12px; }
.mi-table { width: 100%; border-collapse: collapse; font-size: 0.88rem; border: none !important; }
.mi-table tr, .mi-table th, .mi-table td { border-left: none !important; border-right: none !important;
  border-top: none !important; }
.mi-table tr { border-bottom: none !important; }
.mi-table th { text-align: left; font-size: 0.75rem; text-transform: uppercase; letter-spacing: 0.04em;
  color: var(--body-text-color-subdued); border-bottom: 1px solid var(--border-color-primary); padding: 6px 8px; }
.mi-table td { vertical-align: top; padding: 8px; border-bottom: 1px solid var(--border-color-primary); }
.mi-table td.mi-answer { color: var(--body-text-color-subdued); width: 25%; }
.mi-table td.mi-score { font-weight: 800; font-size: 1.1rem; white-space: nowrap; }
.mi-table td.mi-score small { display: block; font-size: 0.72rem; font-weight: 600; }
.mi-by-topic { list-style: none; padding: 0 !important; }
.mi-by-topic li { display: grid; grid-template-columns: 1fr 50px 100px; gap: 8px; padding: 4px 0;
  border-bottom: 1px dashed var(--border-color-primary); }
.mi-trend { display: block; max-width: 760px; }
.mi-trend-legend { display: flex; gap: 14px; flex-wrap: wrap; font-size: 0.85rem; margin-bottom: 6px; }
.mi-legend i { display: inline-block; width: 12px; height: 4px; border-radius: 2px; margin-right: 5px;
  vertical-align: middle; }
.mi-weak h4 { margin: 0 0 6px; } .mi-weak ul { margin: 0; padding-left: 18px; } .mi-weak li { margin-bottom: 6px; }
.mi-panel-speech { font-weight: 650; margin: 6px 0; }
.mi-combined-body { display: flex; gap: 18px; align-items: center; flex-wrap: wrap; }
.mi-combined-body .mi-table { flex: 1; min-width: 280px; }
.mi-two { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; margin-bottom: 12px; }
.mi-two .mi-card { margin-bottom: 0; }
.mi-table td:nth-child(2) { min-width: 120px; }
.mi-list-good h3 { color: #15803d; }
.mi-list-improve h3 { color: #b45309; }
.mi-chat-score { display: inline-block; color: #fff; font-weight: 700; font-size: 0.85rem; padding: 2px 10px;
  border-radius: 999px; margin-right: 4px; }
.mi-working { color: var(--body-text-color-subdued); font-style: italic; }
.mi-working::after { content: ""; display: inline-block; width: 1.2em; text-align: left;
  animation: mi-dots 1.2s steps(4, end) infinite; }
.mi-draft { color: var(--body-text-color-subdued); }
.mi-draft::after { content: "▍"; animation: mi-blink 1s steps(2, start) infinite; }
@keyframes mi-blink { to { visibility: hidden; } }
@keyframes mi-dots { 0% { content: ""; } 25% { content: "."; } 50% { content: ".."; } 75% { content: "..."; } }
#chat button[aria-label="Clear"] { display: none; }
#download-pdf { max-width: 220px; margin-left: auto; }
"""
