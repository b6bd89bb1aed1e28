/// What the LaTeX reader does with each text-mode command it knows.
enum LaTeXTextTables {
    /// Commands that print nothing and take no argument.
    static let ignored: Set<String> = [
        "noindent", "indent", "centering", "raggedright", "raggedleft", "small", "footnotesize", "scriptsize", "tiny",
        "large", "Large", "LARGE", "huge", "Huge", "normalsize", "bfseries", "itshape", "mdseries", "upshape", "slshape",
        "scshape", "rmfamily", "sffamily", "ttfamily", "normalfont", "em", "bf", "it", "rm", "sf", "tt", "sc", "sl",
        "medskip", "bigskip", "smallskip", "newpage", "clearpage", "cleardoublepage", "pagebreak", "nopagebreak", "vfill",
        "hline", "toprule", "midrule", "bottomrule", "relax", "protect", "nobreak", "tableofcontents", "listoffigures",
        "listoftables", "null", "leavevmode", "strut", "sloppy", "fussy", "frenchspacing", "nonfrenchspacing",
        "onecolumn", "twocolumn", "appendix", "smallbreak", "medbreak", "bigbreak", "filbreak", "hss", "ignorespaces",
        "unskip", "xspace", "@", "/", "-", "today", "makeatletter", "makeatother", "selectfont", "displaystyle",
        "textstyle", "endgraf", "vfil", "hfil", "break", "allowbreak", "justifying", "raggedbottom",
        "flushbottom", "normalcolor", "boldmath", "unboldmath", "footnotemark", "printbibliography", "FloatBarrier",
        "numquestions", "numpoints", "numparts", "numsubparts", "noalign", "endhead", "endfoot", "endfirsthead", "endlastfoot", "hrule", "hrulefill", "dotfill", "nolinebreak", "tightlist",
    ]

    /// Commands that print nothing and skip this many `{…}` arguments (and any `[…]` before them).
    static let ignoredWithArguments: [String: Int] = [
        "label": 1, "vspace": 1, "addvspace": 1, "pagestyle": 1, "thispagestyle": 1, "pagenumbering": 1,
        "setlength": 2, "addtolength": 2, 
        "newlength": 1, "settowidth": 2, "linespread": 1, "color": 1, "definecolor": 3,
        "bibliographystyle": 1, "bibliography": 1, "addbibresource": 1, "enlargethispage": 1, "geometry": 1,
        "hypersetup": 1, "phantom": 1, "hphantom": 1, "vphantom": 1, "fontsize": 2, "graphicspath": 1,
        "captionsetup": 1, "includegraphics": 1, "index": 1, "glossary": 1, "marginpar": 1, "documentclass": 1,
        "usepackage": 1, "RequirePackage": 1, "thanks": 1, "rule": 2, "cline": 1, "cmidrule": 1, "newgeometry": 1, "restoregeometry": 0, "pdfbookmark": 2, "urlstyle": 1, "fancyhead": 1,
        "fancyfoot": 1, "lhead": 1, "chead": 1, "rhead": 1, "lfoot": 1, "cfoot": 1, "rfoot": 1, "titleformat": 5,
        "titlespacing": 4, "setmainfont": 1, "setsansfont": 1, "setmonofont": 1, "theoremstyle": 1, "numberwithin": 2,
        "setcopyright": 1, "setbeamertemplate": 1,
    ]

    /// Commands whose last argument is printed and whose other arguments are skipped:
    /// name → number of arguments skipped before it.
    static let content: [String: Int] = [
        "textbf": 0, "textit": 0, "emph": 0, "underline": 0, "textsc": 0, "texttt": 0, "textsf": 0, "textrm": 0,
        "textup": 0, "textmd": 0, "textsl": 0, "textnormal": 0, "mbox": 0, "makebox": 0, "fbox": 0, "framebox": 0,
        "text": 0, "uline": 0, "hbox": 0, "centerline": 0, "footnote": 0, "url": 0, "nolinkurl": 0, "href": 1,
        "textcolor": 1, "colorbox": 1, "fcolorbox": 2, "raisebox": 1, "scalebox": 1, "resizebox": 2, "parbox": 1,
        "hyperref": 0, "hyperlink": 1, "hypertarget": 1, "multicolumn": 2, "multirow": 2, "textsuperscript": 0,
        "textsubscript": 0, "ul": 0, "st": 0, "sout": 0, "hl": 0, "boxed": 0, "mintinline": 1,
        "lstinline": 0, "caption": 0, "subcaption": 0, "MakeUppercase": 0, "MakeLowercase": 0,
        "uppercase": 0, "lowercase": 0, "ensuremath": 0, "foreignlanguage": 1,
    ]

    /// Commands that print a fixed text.
    static let symbols: [String: String] = [
        "%": "%", "&": "&", "_": "_", "#": "#", "$": "$", "{": "{", "}": "}", "textbackslash": "\\",
        "ldots": "…", "dots": "…", "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "LaTeXe": "LaTeX2ε",
        "S": "§", "P": "¶", "copyright": "©", "textcopyright": "©", "textregistered": "®", "texttrademark": "™",
        "dag": "†", "ddag": "‡", "textdagger": "†", "textdaggerdbl": "‡", "textbullet": "•", "textendash": "–",
        "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
        "textquotedblright": "”", "textasciitilde": "~", "textasciicircum": "^", "textless": "<", "textgreater": ">",
        "textbar": "|", "textdegree": "°", "degree": "°", "pounds": "£", "textsterling": "£", "euro": "€",
        "texteuro": "€", "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å",
        "AA": "Å", "l": "ł", "L": "Ł", "i": "ı", "j": "ȷ", "checkmark": "✓", "textperiodcentered": "·",
        "textquotesingle": "'", "textasteriskcentered": "∗", "textunderscore": "_", "textdollar": "$",
        "guillemotleft": "«", "guillemotright": "»", "textonehalf": "½", "texttimes": "×", "textminus": "−",
        "textmu": "μ", "textpm": "±", "qed": "□", "qedsymbol": "□", "textsection": "§", "textparagraph": "¶",
        "slash": "/", "lq": "‘", "rq": "’",
    ]

    /// Text accents (`\'e` → é) as combining marks.
    static let accents: [String: String] = [
        "'": "\u{0301}", "`": "\u{0300}", "^": "\u{0302}", "\"": "\u{0308}", "~": "\u{0303}", "=": "\u{0304}",
        ".": "\u{0307}", "u": "\u{0306}", "v": "\u{030C}", "H": "\u{030B}", "c": "\u{0327}", "d": "\u{0323}",
        "b": "\u{0331}", "r": "\u{030A}", "k": "\u{0328}", "t": "\u{0361}",
    ]

    /// Control symbols and words that print a space.
    static let spaces: Set<String> = [" ", ",", ";", ":", ">", "quad", "qquad", "enspace", "thinspace", "hfill", "space", "enskip", "nobreakspace"]

    static let sections: Set<String> = [
        "part", "chapter", "section", "subsection", "subsubsection", "paragraph", "subparagraph", "addsec", "minisec",
    ]

    static let references: [String: String] = [
        "ref": "??", "pageref": "??", "autoref": "??", "cref": "??", "Cref": "??", "nameref": "??", "eqref": "(??)",
        "vref": "??",
    ]

    static let citations: Set<String> = [
        "cite", "citep", "citet", "parencite", "textcite", "autocite", "footcite", "nocite", "citeauthor", "citeyear",
    ]

    static let mathEnvironments: Set<String> = [
        "equation", "equation*", "align", "align*", "gather", "gather*", "multline", "multline*", "eqnarray", "eqnarray*",
        "flalign", "flalign*", "alignat", "alignat*", "displaymath", "dmath", "dmath*", "math",
    ]

    static let listEnvironments: Set<String> = Set([
        "enumerate", "enumerate*", "compactenum", "itemize", "itemize*", "compactitem", "description", "description*",
        "compactdesc", "inparaenum", "asparaenum", "tasks",
    ]).union(examLists.keys)

    /// The `exam` class's lists and the label each item gets: `\question` → "Question 1.",
    /// `\part` → "(a)", `\subpart` → "i." (as the class prints it: a sub-part "(i)" could not
    /// be told from part (i)), `\choice` → "(A)".
    static let examLists: [String: ListLabel] = [
        "questions": ListLabel(parts: [.literal("Question "), .counter(.arabic), .literal(".")]),
        "parts": ListLabel(parts: [.literal("("), .counter(.alph), .literal(")")]),
        "subparts": ListLabel(parts: [.counter(.roman), .literal(".")]),
        "subsubparts": ListLabel(parts: [.counter(.Alph), .literal(".")]),
        "choices": ListLabel(parts: [.literal("("), .counter(.Alph), .literal(")")]),
        "oneparchoices": ListLabel(parts: [.literal("("), .counter(.Alph), .literal(")")]),
        "checkboxes": ListLabel(parts: [.literal("("), .counter(.Alph), .literal(")")]),
        "oneparcheckboxes": ListLabel(parts: [.literal("("), .counter(.Alph), .literal(")")]),
    ]

    /// The `exam` class's item commands; their optional argument is points, not a label.
    /// Bonus questions and parts (`\bonusquestion`, `\bonuspart`, …) count on with the others.
    static let examItems: Set<String> = [
        "question", "part", "subpart", "subsubpart", "choice", "CorrectChoice", "titledquestion",
        "bonusquestion", "bonuspart", "bonussubpart", "bonussubsubpart", "bonustitledquestion",
    ]

    static let tableEnvironments: Set<String> = ["tabular", "tabular*", "tabularx", "tabulary", "longtable", "tabu", "supertabular", "xtabular"]

    /// Environments that print their content as a block; value = `{…}` arguments to skip.
    static let blockEnvironments: [String: Int] = [
        "center": 0, "flushleft": 0, "flushright": 0, "quote": 0, "quotation": 0, "verse": 0, "titlepage": 0,
        "figure": 0, "figure*": 0, "table": 0, "table*": 0, "minipage": 1, "multicols": 1, "multicols*": 1,
        "framed": 0, "mdframed": 0, "tcolorbox": 0, "samepage": 0, "spacing": 1, "singlespace": 0,
        "doublespace": 0, "onehalfspace": 0, "small": 0, "footnotesize": 0, "large": 0, "Large": 0, "normalsize": 0,
        "scriptsize": 0, "document": 0, "wrapfigure": 2, "subfigure": 1, "adjustbox": 1, "threeparttable": 0,
        "tablenotes": 0, "otherlanguage": 1, "sloppypar": 0, "raggedright": 0, "centering": 0, "landscape": 0,
        "frame": 0, "block": 1, "column": 1, "columns": 0, "list": 2, "trivlist": 0, ]
}
