// The stylesheet for everything the renderer emits (class prefix `lk-`). Inline styles carry what a
// message sets; these rules carry LINE's defaults. Colours follow the LINE app's light theme.
export const chatUiCss = `
.lk-preview{margin:0;background:#8cabd9;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",sans-serif}
.lk-chat{display:flex;flex-direction:column;gap:10px;padding:12px;max-width:720px}
.lk-row{display:flex;flex-direction:column;align-items:flex-start}
.lk-row-user{align-items:flex-end}
.lk-message{max-width:100%;min-width:0;font-size:15px;color:#111}
.lk-sender{display:flex;align-items:center;gap:6px;font-size:12px;color:#333;margin-bottom:4px}
.lk-sender-icon{width:24px;height:24px;border-radius:50%;background:#dfe3ea no-repeat center/cover}
.lk-text-message{background:#fff;border-radius:18px;padding:8px 12px;max-width:360px;white-space:pre-wrap;overflow-wrap:anywhere;line-height:1.4}
.lk-row-user .lk-text-message{background:#86e36f}
.lk-emoji{display:inline-block;min-width:1.3em;padding:0 2px;border-radius:4px;background:#ffe28a;font-size:.75em;text-align:center}
.lk-mention{color:#2f6bd8;font-weight:600}
.lk-media-label{position:absolute;inset:0;display:flex;align-items:center;justify-content:center;padding:4px;font-size:11px;color:#555;text-align:center;overflow:hidden;word-break:break-all}
.lk-image-frame,.lk-media{position:relative;overflow:hidden;background:#dfe3ea}
.lk-media-picture{position:absolute;inset:0;background-repeat:no-repeat;background-position:center}
.lk-media{width:200px;height:200px;border-radius:14px}
.lk-play{position:absolute;left:50%;top:50%;transform:translate(-50%,-50%);width:44px;height:44px;border-radius:50%;background:rgba(0,0,0,.5);color:#fff;display:flex;align-items:center;justify-content:center}
.lk-sticker{width:150px;height:150px;border:2px dashed #fff;border-radius:14px;display:flex;flex-direction:column;align-items:center;justify-content:center;color:#fff;font-weight:600}
.lk-audio{display:flex;flex-direction:column;gap:6px;background:#fff;border-radius:18px;padding:8px 12px}
.lk-audio audio{height:32px;max-width:240px}
.lk-location,.lk-coupon{display:flex;flex-direction:column;gap:2px;width:240px;background:#fff;border-radius:14px;padding:12px;cursor:pointer}
.lk-location small,.lk-coupon span{color:#666}
.lk-coupon{border-left:6px solid #06c755}
.lk-unsupported{background:#fff3cd;border-radius:8px;padding:8px 12px;color:#7a5a00}
.lk-quick-replies{display:flex;gap:8px;overflow-x:auto;padding:8px 12px}
.lk-quick-reply{flex:0 0 auto;display:flex;align-items:center;gap:6px;border:1px solid #06c755;background:#fff;color:#06c755;border-radius:18px;padding:6px 14px;font:inherit;font-size:14px;cursor:pointer}
.lk-quick-reply-icon{width:20px;height:20px;background:no-repeat center/contain}
.lk-loading{display:flex;gap:4px;background:#fff;border-radius:18px;padding:12px 14px}
.lk-loading span{width:8px;height:8px;border-radius:50%;background:#9aa3ae;animation:lk-dot 1.2s infinite ease-in-out}
.lk-loading span:nth-child(2){animation-delay:.2s}.lk-loading span:nth-child(3){animation-delay:.4s}
@keyframes lk-dot{0%,80%,100%{opacity:.3}40%{opacity:1}}
[data-action]{cursor:pointer}
.lk-carousel{display:flex;align-items:stretch;gap:8px;overflow-x:auto;max-width:100%;padding-bottom:4px}
.lk-carousel>*{flex:0 0 auto}
.lk-template{width:260px;background:#fff;border-radius:14px;overflow:hidden;display:flex;flex-direction:column}
.lk-template-body{padding:12px 14px;flex:1 0 auto}
.lk-template-title{font-weight:700;margin-bottom:4px}
.lk-template-text{white-space:pre-wrap;color:#333;font-size:14px}
.lk-template-confirm .lk-template-text{padding:14px;text-align:center}
.lk-template-actions{display:flex;flex-direction:column;border-top:1px solid #e5e5e5}
.lk-template-actions-row{flex-direction:row}
.lk-template-actions-row>*{flex:1 1 0}
.lk-template-button{border:0;border-top:1px solid #e5e5e5;background:none;color:#42659a;font:inherit;font-size:15px;padding:12px 8px;cursor:pointer}
.lk-template-actions>.lk-template-button:first-child{border-top:0}
.lk-template-actions-row>.lk-template-button+.lk-template-button{border-left:1px solid #e5e5e5}
.lk-template-image{width:200px;position:relative}
.lk-template-image-label{position:absolute;left:8px;right:8px;bottom:8px;padding:6px;border-radius:14px;background:rgba(0,0,0,.55);color:#fff;text-align:center;font-size:13px}
.lk-imagemap{width:300px;border-radius:14px}
.lk-imagemap-area{position:absolute;border:0;padding:0;background:transparent;cursor:pointer}
.lk-imagemap-area:hover{background:rgba(255,255,255,.25)}
.lk-imagemap-area span{font-size:11px;color:#fff;text-shadow:0 0 2px #000}
.lk-imagemap-video{position:absolute;overflow:hidden}
.lk-bubble{display:flex;flex-direction:column;background:#fff;border-radius:17px;overflow:hidden;flex-shrink:0;color:#111;font-size:16px;line-height:1.4}
.lk-block{display:flex;flex-direction:column}
.lk-block-body{flex:1 0 auto}
.lk-block-header>.lk-box,.lk-block-body>.lk-box{padding:20px}
.lk-block-footer>.lk-box{padding:10px}
.lk-box{display:flex;position:relative;box-sizing:border-box;min-width:0}
.lk-box-horizontal{flex-direction:row}
.lk-box-vertical{flex-direction:column}
.lk-box-baseline{flex-direction:row;align-items:baseline}
.lk-text{font-size:16px;min-width:0}
.lk-text-nowrap{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lk-text-wrap{white-space:pre-wrap;overflow-wrap:anywhere}
.lk-text-clamp{display:-webkit-box;-webkit-box-orient:vertical;overflow:hidden}
.lk-image{display:flex;min-width:0}
.lk-image>.lk-image-frame{max-width:100%;flex:0 0 auto}
.lk-icon{display:inline-block;flex:0 0 auto;background:no-repeat center/contain}
.lk-button{display:flex;align-items:center;justify-content:center;box-sizing:border-box;border:0;border-radius:8px;padding:0 12px;font:inherit;font-size:16px;min-width:0;overflow:hidden;white-space:nowrap;text-overflow:ellipsis;cursor:pointer}
.lk-button-primary{background:#06c755;color:#fff}
.lk-button-secondary{background:#dcdfe5;color:#111}
.lk-button-link{background:none;color:#42659a}
.lk-separator{border:0 solid #e5e5e5;flex:0 0 auto}
.lk-separator-horizontal{border-top-width:1px;align-self:stretch}
.lk-separator-vertical{border-left-width:1px;align-self:stretch}
`;
