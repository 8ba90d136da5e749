import json, sys
T = [
"The truce between the army and the Karen rebels held for a third day on Wednesday.",
"A ceasefire in the border district largely held overnight, residents said.",
"The two-week-old truce in the Kivu highlands held despite sporadic gunfire.",
"The humanitarian pause in the fighting around Kidal held through the weekend.",
"The ceasefire agreed in Doha held on its first day.",
"The truce between rival clans in Enga province held for a week.",
]
with open(sys.argv[1], "a", encoding="utf-8") as f:
    for t in T:
        f.write(json.dumps({"text": t, "event": "RETREAT", "mode": "ceasefire", "acled": None, "quad": 2, "aux": []}, ensure_ascii=False) + "\n")
