package org.fupin.bench.jmh;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.fupin.index.Analyzers;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Analysing one section's text with the project's English and SmartChinese analyzers (from {@link Analyzers}, the
 * same instances the indexer uses): what every section costs the IndexWriter per text field.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 3, time = 1)
public class AnalyzerBenchmark {

    /** A section body from the seeds (Guizhou, 2011, "Rain Plan"), about 600 characters. */
    static final String ENGLISH = "In 2011, Guizhou Province trained and transferred 600,000 rural labors, implemented "
            + "the Rain Plan to train 117,000 people, transferred employments of 36,000 people; signed employment "
            + "agreement with Huaian Economic Development Zone of Jiangsu Province. The province invested 12 million "
            + "Yuan of financial anti-poverty funds for training of 135,000 poverty alleviation cadres, relocated "
            + "31,000 people in the poverty-relief immigration and launched 21 pilot projects of village-level mutual "
            + "funds. Dalian, Qingdao, Ningbo and Shenzhen invested a total of 180 million Yuan of anti-poverty funds "
            + "in the impoverished regions of Guizhou Province.";

    /** A Chinese section body of similar content, about 250 characters (the seeds hold no Chinese prose). */
    static final String CHINESE = "2011年，贵州省培训转移农村劳动力60万人，实施雨露计划培训11.7万人，转移就业3.6万人，"
            + "与江苏省淮安经济开发区签订就业协议。全省投入财政扶贫资金1200万元，培训扶贫干部13.5万人次。"
            + "全年完成易地扶贫搬迁3.1万人，开展贫困村互助资金试点，新增试点村55个，互助资金总规模达到5500万元。"
            + "大连、青岛、宁波、深圳四市向贵州贫困地区投入帮扶资金1.8亿元，中央企业和定点扶贫单位积极参与社会扶贫，"
            + "推动产业扶贫、整村推进和连片开发试点，贫困人口收入稳步增长。";

    /** Which analyzer and text: english or chinese. */
    @Param({"english", "chinese"})
    public String language;

    private Analyzer analyzer;
    private String text;

    /** Creates the analyzer once per trial, as the indexer does once per build. */
    @Setup(Level.Trial)
    public void setUp() {
        analyzer = language.equals("english") ? Analyzers.english() : Analyzers.chinese();
        text = language.equals("english") ? ENGLISH : CHINESE;
    }

    /** Closes the analyzer. */
    @TearDown(Level.Trial)
    public void tearDown() {
        analyzer.close();
    }

    /** Tokenises the whole text, consuming every term as IndexWriter would. */
    @Benchmark
    public int analyze(Blackhole blackhole) throws IOException {
        int tokens = 0;
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                blackhole.consume(term.length());
                tokens++;
            }
            stream.end();
        }
        return tokens;
    }
}
