// One message of every type the messaging spec has, for the gallery screenshot and the tests.
import type { Message } from "../src/index.js";

const img = (name: string) => `https://example.com/media/${name}`;

export const flexExample: Message = {
  type: "flex",
  altText: "Order summary",
  contents: {
    type: "bubble",
    size: "kilo",
    hero: { type: "image", url: img("hero.jpg"), size: "full", aspectRatio: "20:13", aspectMode: "cover" },
    body: {
      type: "box",
      layout: "vertical",
      spacing: "md",
      contents: [
        { type: "text", text: "Brown Cafe", weight: "bold", size: "xl" },
        {
          type: "box",
          layout: "baseline",
          spacing: "sm",
          contents: [
            { type: "icon", url: img("star.png"), size: "sm" },
            { type: "text", text: "4.0", size: "sm", color: "#999999", flex: 0 },
          ],
        },
        {
          type: "box",
          layout: "horizontal",
          spacing: "sm",
          contents: [
            { type: "text", text: "Place", color: "#aaaaaa", size: "sm", flex: 1 },
            { type: "text", text: "Miraina Tower, 4-1-6 Shinjuku", wrap: true, color: "#666666", size: "sm", flex: 5 },
          ],
        },
        { type: "separator" },
        {
          type: "text",
          contents: [
            { type: "span", text: "Total " },
            { type: "span", text: "¥1,200", weight: "bold", color: "#06c755" },
          ],
        },
      ],
    },
    footer: {
      type: "box",
      layout: "vertical",
      spacing: "sm",
      contents: [
        { type: "button", style: "primary", action: { type: "postback", label: "Order", data: "action=order" } },
        {
          type: "button",
          style: "link",
          height: "sm",
          action: { type: "uri", label: "Website", uri: "https://example.com" },
        },
      ],
    },
    styles: { footer: { separator: true } },
  },
};

export const allMessageTypes: Message[] = [
  {
    type: "text",
    text: "Hello $ world",
    emojis: [{ index: 6, productId: "5ac1bfd5040ab15980c9b435", emojiId: "001" }],
  },
  {
    type: "textV2",
    text: "Welcome {user}! {{literal}} {smile}",
    substitution: {
      user: { type: "mention", mentionee: { type: "user", userId: "U4af4980629a2b3c4d5e6f7a8b9c0d1e2" } },
      smile: { type: "emoji", productId: "5ac1bfd5040ab15980c9b435", emojiId: "002" },
    },
  },
  { type: "sticker", packageId: "446", stickerId: "1988" },
  { type: "image", originalContentUrl: img("cat.jpg"), previewImageUrl: img("cat-preview.jpg") },
  { type: "video", originalContentUrl: img("clip.mp4"), previewImageUrl: img("clip.jpg") },
  { type: "audio", originalContentUrl: img("voice.m4a"), duration: 61_000 },
  { type: "location", title: "LINE Yahoo", address: "Kioicho 1-3, Tokyo", latitude: 35.6804, longitude: 139.7369 },
  { type: "coupon", couponId: "01JYNW8JMQVFBPJRG2K9XMHMPH" },
  {
    type: "imagemap",
    baseUrl: "https://example.com/imagemap/menu",
    altText: "Menu",
    baseSize: { width: 1040, height: 520 },
    actions: [
      { type: "message", label: "Left", text: "left", area: { x: 0, y: 0, width: 520, height: 520 } },
      {
        type: "uri",
        label: "Right",
        linkUri: "https://example.com/right",
        area: { x: 520, y: 0, width: 520, height: 520 },
      },
    ],
  },
  {
    type: "template",
    altText: "Buttons",
    template: {
      type: "buttons",
      thumbnailImageUrl: img("menu.jpg"),
      title: "Menu",
      text: "Please select",
      actions: [
        { type: "postback", label: "Buy", data: "action=buy&itemid=123" },
        { type: "datetimepicker", label: "Pick a date", data: "action=date", mode: "date" },
        { type: "message", label: "Say hi", text: "hi" },
        { type: "uri", label: "View detail", uri: "https://example.com/page/123" },
      ],
    },
  },
  {
    type: "template",
    altText: "Confirm",
    template: {
      type: "confirm",
      text: "Are you sure?",
      actions: [
        { type: "message", label: "Yes", text: "yes" },
        { type: "message", label: "No", text: "no" },
      ],
    },
  },
  {
    type: "template",
    altText: "Carousel",
    template: {
      type: "carousel",
      imageAspectRatio: "square",
      columns: [
        { title: "One", text: "First", actions: [{ type: "postback", label: "Pick one", data: "pick=1" }] },
        { title: "Two", text: "Second", actions: [{ type: "postback", label: "Pick two", data: "pick=2" }] },
      ],
    },
  },
  {
    type: "template",
    altText: "Image carousel",
    template: {
      type: "image_carousel",
      columns: [
        { imageUrl: img("a.jpg"), action: { type: "message", label: "A", text: "a" } },
        { imageUrl: img("b.jpg"), action: { type: "postback", label: "B", data: "b" } },
      ],
    },
  },
  flexExample,
  {
    type: "text",
    text: "Anything else?",
    sender: { name: "Cafe bot" },
    quickReply: {
      items: [
        { type: "action", action: { type: "message", label: "Menu", text: "menu" } },
        { type: "action", action: { type: "location", label: "Send location" } },
      ],
    },
  },
];
