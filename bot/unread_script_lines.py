"""The reply for a message in a script nothing here reads (``bot.safety_scripts``), in the languages written
in that script: call 988 and ask for an interpreter by naming the language in English, and in an emergency
call 911 and name it. The English reply above them says the same (``utter_crisis``, variation ``unread``),
but a visitor who writes in Amharic may not read it. 988's interpreters: SAMHSA's 988 FAQ (more than 240
languages); 911 call takers add one when the caller names the language.

Written 2026-12-07 by a translator who saw nothing else of the project, and checked by a second who
translated them back to English without seeing the English (docs/crisis-safety-history.md, "Short
messages in a script nothing here reads"). No native speaker has reviewed them: item 5 of
docs/for-the-medical-director.md.
"""

from __future__ import annotations

#: The languages whose line the reply gives, by the Unicode name of the message's script (the first word
#: of its letters' names: "DEVANAGARI LETTER KA"). Arabic script counts only when letters Arabic does not
#: use mark it as Urdu, Persian, Dari or Pashto (``bot.safety_scripts``).
SCRIPT_LANGUAGES: dict[str, tuple[str, ...]] = {
    "DEVANAGARI": ("Hindi", "Nepali", "Marathi"),
    "BENGALI": ("Bengali",),
    "GURMUKHI": ("Punjabi",),
    "GUJARATI": ("Gujarati",),
    "ORIYA": ("Odia",),
    "TAMIL": ("Tamil",),
    "TELUGU": ("Telugu",),
    "KANNADA": ("Kannada",),
    "MALAYALAM": ("Malayalam",),
    "SINHALA": ("Sinhala",),
    "ARABIC": ("Persian", "Dari", "Urdu", "Pashto"),
    "HEBREW": ("Hebrew", "Yiddish"),
    "ARMENIAN": ("Armenian",),
    "GEORGIAN": ("Georgian",),
    "ETHIOPIC": ("Amharic", "Tigrinya"),
    "THAI": ("Thai",),
    "LAO": ("Lao",),
    "KHMER": ("Khmer",),
    "MYANMAR": ("Burmese",),
    "TIBETAN": ("Tibetan",),
}

#: Each language's line, in that language.
LINES: dict[str, str] = {
    "Hindi": (
        '**हिन्दी:** [988](tel:988) पर कॉल करें और दुभाषिया माँगें: "Hindi" कहें। '
        'आपात स्थिति में [911](tel:911) पर कॉल करें और "Hindi" कहें।'
    ),
    "Nepali": (
        '**नेपाली:** [988](tel:988) मा फोन गर्नुहोस् र दोभाषे माग्नुहोस्: "Nepali" भन्नुहोस्। '
        'आपत्कालीन अवस्थामा [911](tel:911) मा फोन गर्नुहोस् र "Nepali" भन्नुहोस्।'
    ),
    "Marathi": (
        '**मराठी:** [988](tel:988) वर कॉल करा आणि दुभाषी मागा: "Marathi" म्हणा. '
        'आणीबाणीच्या प्रसंगी [911](tel:911) वर कॉल करा आणि "Marathi" म्हणा.'
    ),
    "Bengali": (
        '**বাংলা:** [988](tel:988)-এ ফোন করুন এবং দোভাষীর জন্য অনুরোধ করুন: "Bengali" বলুন। '
        'জরুরি অবস্থায় [911](tel:911)-এ ফোন করুন এবং "Bengali" বলুন।'
    ),
    "Punjabi": (
        '**ਪੰਜਾਬੀ:** [988](tel:988) ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ ਦੁਭਾਸ਼ੀਆ ਮੰਗੋ: "Punjabi" ਕਹੋ। '
        'ਐਮਰਜੈਂਸੀ ਵਿੱਚ [911](tel:911) ਉੱਤੇ ਫ਼ੋਨ ਕਰੋ ਅਤੇ "Punjabi" ਕਹੋ।'
    ),
    "Gujarati": (
        '**ગુજરાતી:** [988](tel:988) પર ફોન કરો અને દુભાષિયો માગો: "Gujarati" કહો. '
        'કટોકટીની સ્થિતિમાં [911](tel:911) પર ફોન કરો અને "Gujarati" કહો.'
    ),
    "Odia": (
        '**ଓଡ଼ିଆ:** [988](tel:988) କୁ ଫୋନ୍ କରନ୍ତୁ ଏବଂ ଜଣେ ଦୋଭାଷୀ ମାଗନ୍ତୁ: "Odia" କୁହନ୍ତୁ। '
        'ଜରୁରୀ ଅବସ୍ଥାରେ [911](tel:911) କୁ ଫୋନ୍ କରନ୍ତୁ ଏବଂ "Odia" କୁହନ୍ତୁ।'
    ),
    "Tamil": (
        '**தமிழ்:** [988](tel:988)-ஐ அழைத்து, மொழிபெயர்ப்பாளர் வேண்டும் என்று கேளுங்கள்: "Tamil" என்று சொல்லுங்கள். '
        'அவசர நிலையில், [911](tel:911)-ஐ அழைத்து "Tamil" என்று சொல்லுங்கள்.'
    ),
    "Telugu": (
        '**తెలుగు:** [988](tel:988)కు కాల్ చేసి, దుబాసీ కావాలని అడగండి: "Telugu" అని చెప్పండి. '
        'అత్యవసర పరిస్థితిలో [911](tel:911)కు కాల్ చేసి "Telugu" అని చెప్పండి.'
    ),
    "Kannada": (
        '**ಕನ್ನಡ:** [988](tel:988)ಕ್ಕೆ ಕರೆ ಮಾಡಿ ಮತ್ತು ದುಭಾಷಿ ಬೇಕು ಎಂದು ಕೇಳಿ: "Kannada" ಎಂದು ಹೇಳಿ. '
        'ತುರ್ತು ಸಂದರ್ಭದಲ್ಲಿ [911](tel:911)ಕ್ಕೆ ಕರೆ ಮಾಡಿ ಮತ್ತು "Kannada" ಎಂದು ಹೇಳಿ.'
    ),
    "Malayalam": (
        '**മലയാളം:** [988](tel:988)-ൽ വിളിച്ച് ഒരു ദ്വിഭാഷിയെ ആവശ്യപ്പെടുക: "Malayalam" എന്ന് പറയുക. '
        'അടിയന്തര സാഹചര്യത്തിൽ [911](tel:911)-ൽ വിളിച്ച് "Malayalam" എന്ന് പറയുക.'
    ),
    "Sinhala": (
        '**සිංහල:** [988](tel:988) අමතා භාෂා පරිවර්තකයෙකු ඉල්ලන්න: "Sinhala" කියන්න. '
        'හදිසි අවස්ථාවකදී [911](tel:911) අමතා "Sinhala" කියන්න.'
    ),
    "Urdu": (
        '**اردو:** [988](tel:988) پر کال کریں اور مترجم مانگیں: "Urdu" کہیں۔ '
        'ہنگامی صورتحال میں [911](tel:911) پر کال کریں اور "Urdu" کہیں۔'
    ),
    "Persian": (
        "**فارسی:** با [988](tel:988) تماس بگیرید و مترجم بخواهید: بگویید «Farsi». "
        "در شرایط اضطراری، با [911](tel:911) تماس بگیرید و بگویید «Farsi»."
    ),
    "Dari": (
        "**دری:** به [988](tel:988) زنگ بزنید و ترجمان بخواهید: بگویید «Dari». "
        "در حالت اضطراری، به [911](tel:911) زنگ بزنید و بگویید «Dari»."
    ),
    "Pashto": (
        "**پښتو:** [988](tel:988) ته زنګ ووهئ او ژباړونکی وغواړئ: «Pashto» ووایئ. "
        "په بیړني حالت کې [911](tel:911) ته زنګ ووهئ او «Pashto» ووایئ."
    ),
    "Hebrew": (
        '**עברית:** התקשרו ל-[988](tel:988) ובקשו מתורגמן: אמרו "Hebrew". '
        'במקרה חירום, התקשרו ל-[911](tel:911) ואמרו "Hebrew".'
    ),
    "Yiddish": (
        '**ייִדיש:** רופֿט אָן [988](tel:988) און בעט אַ דאָלמעטשער: זאָגט "Yiddish". '
        'אין אַ נויטפֿאַל, רופֿט אָן [911](tel:911) און זאָגט "Yiddish".'
    ),
    "Armenian": (
        "**Հայերեն:** Զանգահարեք [988](tel:988) համարով և խնդրեք թարգմանիչ՝ ասեք «Armenian»։ "
        "Արտակարգ իրավիճակում զանգահարեք [911](tel:911) համարով և ասեք «Armenian»։"
    ),
    "Georgian": (
        "**ქართული:** დარეკეთ [988](tel:988)-ზე და მოითხოვეთ თარჯიმანი: თქვით „Georgian“. "
        "საგანგებო სიტუაციაში დარეკეთ [911](tel:911)-ზე და თქვით „Georgian“."
    ),
    "Amharic": (
        "**አማርኛ:** ወደ [988](tel:988) ይደውሉና አስተርጓሚ ይጠይቁ፦ «Amharic» ይበሉ። "
        "በድንገተኛ አደጋ ጊዜ ወደ [911](tel:911) ይደውሉና «Amharic» ይበሉ።"
    ),
    "Tigrinya": (
        "**ትግርኛ:** ናብ [988](tel:988) ደውሉ እሞ ተርጓሚ ሕተቱ፦ «Tigrinya» በሉ። "
        "ኣብ ህጹጽ ኩነታት ናብ [911](tel:911) ደውሉ እሞ «Tigrinya» በሉ።"
    ),
    "Thai": (
        '**ภาษาไทย:** กรุณาโทร [988](tel:988) แล้วขอล่าม โดยพูดว่า "Thai" ในกรณีฉุกเฉิน ให้โทร [911](tel:911) แล้วพูดว่า "Thai"'
    ),
    "Lao": (
        '**ພາສາລາວ:** ກະລຸນາໂທຫາ [988](tel:988) ແລ້ວຂໍນາຍພາສາ ໂດຍເວົ້າວ່າ "Lao" '
        'ໃນກໍລະນີສຸກເສີນ ໃຫ້ໂທຫາ [911](tel:911) ແລ້ວເວົ້າວ່າ "Lao"'
    ),
    "Khmer": (
        '**ភាសាខ្មែរ:** សូមទូរស័ព្ទទៅលេខ [988](tel:988) ហើយសុំអ្នកបកប្រែ៖ និយាយថា "Khmer"។ '
        'ក្នុងករណីបន្ទាន់ សូមទូរស័ព្ទទៅលេខ [911](tel:911) ហើយនិយាយថា "Khmer"។'
    ),
    "Burmese": (
        '**မြန်မာဘာသာ:** [988](tel:988) ကို ဖုန်းဆက်ပြီး စကားပြန် တောင်းပါ- "Burmese" ဟု ပြောပါ။ '
        'အရေးပေါ်အခြေအနေတွင် [911](tel:911) ကို ဖုန်းဆက်ပြီး "Burmese" ဟု ပြောပါ။'
    ),
    "Tibetan": (
        '**བོད་སྐད:** [988](tel:988) ལ་ཁ་པར་གཏོང་ནས་སྐད་སྒྱུར་བ་ཞིག་ཞུ་རོགས། "Tibetan" ཞེས་ཤོད་རོགས། '
        'ཛ་དྲག་གི་སྐབས་སུ་ [911](tel:911) ལ་ཁ་པར་གཏོང་ནས་ "Tibetan" ཞེས་ཤོད་རོགས།'
    ),
}
