/// The RELAX NG schema of the timeline document, version 1: a copy of `Templates/timeline.rng`
/// (a test keeps the two identical), so the library validates without finding files.
public enum TimelineSchema {
    /// The version this build writes and reads.
    public static let version = 1

    /// The schema's bytes, ending with a newline like the file.
    public static var relaxNG: [UInt8] { Array(text.utf8) }

    /// The schema as text.
    public static let text = #"""
<?xml version="1.0" encoding="UTF-8"?>
<!--
  The Dateline timeline document, version 1 (RELAX NG, XML syntax).

  Written by "dateline build" and "dateline render" in the xml format, read back by "dateline render".
  Templates/README.md describes the vocabulary and how to check a file with xmllint.
  Sources/DatelineRendering/TimelineSchema.swift holds a copy of this file; a test keeps the two identical.
-->
<grammar xmlns="http://relaxng.org/ns/structure/1.0"
         xmlns:a="http://relaxng.org/ns/compatibility/annotations/1.0"
         datatypeLibrary="http://www.w3.org/2001/XMLSchema-datatypes">
  <start>
    <element name="timeline">
      <a:documentation>A timeline: its title, how it was made, the articles it draws on, and its events in timeline order.</a:documentation>
      <attribute name="version"><value>1</value></attribute>
      <element name="title"><text/></element>
      <element name="options">
        <a:documentation>Generation options. order: oldest-first or newest-first.</a:documentation>
        <attribute name="order"><ref name="order"/></attribute>
      </element>
      <element name="sources">
        <zeroOrMore><ref name="source"/></zeroOrMore>
      </element>
      <element name="events">
        <zeroOrMore><ref name="event"/></zeroOrMore>
      </element>
    </element>
  </start>

  <define name="source">
    <element name="source">
      <a:documentation>An article. Its text content is the article's title (empty when it has none).</a:documentation>
      <attribute name="id"><ref name="id"/></attribute>
      <optional><attribute name="published"><ref name="date"/></attribute></optional>
      <optional><attribute name="url"><text/></attribute></optional>
      <optional><attribute name="path"><text/></attribute></optional>
      <text/>
    </element>
  </define>

  <define name="event">
    <element name="event">
      <a:documentation>One event. start and end place it on the timeline, [start, end); they equal the interval of its when, except for vague events, which sit in the minute before the publication date.</a:documentation>
      <attribute name="id"><ref name="id"/></attribute>
      <attribute name="kind"><ref name="kind"/></attribute>
      <optional>
        <attribute name="start"><ref name="instant"/></attribute>
        <attribute name="end"><ref name="instant"/></attribute>
      </optional>
      <element name="when">
        <a:documentation>The expression that dates the event, resolved. Its text content is the display label ("Summer 2024"), derived from the attributes and rewritten on every save.</a:documentation>
        <ref name="timex"/>
        <text/>
      </element>
      <optional>
        <element name="until">
          <a:documentation>For a span ("from April to June", "2019-2021"): the expression that ends it. Its text content is the expression as written.</a:documentation>
          <ref name="timex"/>
          <text/>
        </element>
      </optional>
      <element name="headline"><text/></element>
      <element name="sentence">
        <a:documentation>The whole sentence, with the expression that dates the event marked by one timex element. index is the sentence's position in its article, from 0.</a:documentation>
        <ref name="span"/>
        <optional><attribute name="index"><data type="nonNegativeInteger"/></attribute></optional>
        <mixed><element name="timex"><text/></element></mixed>
      </element>
      <element name="cite">
        <a:documentation>The article the event comes from (an id of a source) and the publication date the event was resolved against.</a:documentation>
        <attribute name="source"><ref name="id"/></attribute>
        <optional><attribute name="published"><ref name="date"/></attribute></optional>
        <empty/>
      </element>
      <zeroOrMore>
        <element name="citation">
          <a:documentation>Another article telling the same event (after merging): its source, the event's id there, where it placed it, the expression that dated it (text content: as written) and its sentence.</a:documentation>
          <attribute name="source"><ref name="id"/></attribute>
          <attribute name="event"><ref name="id"/></attribute>
          <optional>
            <attribute name="start"><ref name="instant"/></attribute>
            <attribute name="end"><ref name="instant"/></attribute>
          </optional>
          <element name="when">
            <ref name="timex"/>
            <text/>
          </element>
          <element name="sentence"><text/></element>
        </element>
      </zeroOrMore>
      <zeroOrMore>
        <element name="fact">
          <a:documentation>Another expression in the sentence that dates nothing on its own ("for years"). Its text content is the expression as written.</a:documentation>
          <ref name="timex"/>
          <text/>
        </element>
      </zeroOrMore>
    </element>
  </define>

  <define name="timex">
    <a:documentation>TIMEX3 attributes (type, value, mod, quant, freq as in TimeML), the granularity, the interval [start, end) the value names (narrowed by mod), what it was resolved against, the tense of its sentence, the word before it, whether it is vague ("recently", "in recent months"), whether it ends a range written as one ("2019-2021"), the other values the text allows, and where it is in the article.</a:documentation>
    <attribute name="type"><choice><value>DATE</value><value>TIME</value><value>DURATION</value><value>SET</value></choice></attribute>
    <attribute name="value"><data type="string"><param name="pattern">[0-9A-Za-z_:.\-]+</param></data></attribute>
    <optional>
      <attribute name="mod">
        <choice>
          <value>START</value><value>MID</value><value>END</value><value>APPROX</value>
          <value>BEFORE</value><value>AFTER</value><value>ON_OR_BEFORE</value><value>ON_OR_AFTER</value>
          <value>LESS_THAN</value><value>MORE_THAN</value><value>EQUAL_OR_LESS</value><value>EQUAL_OR_MORE</value>
        </choice>
      </attribute>
    </optional>
    <optional><attribute name="quant"><text/></attribute></optional>
    <optional><attribute name="freq"><text/></attribute></optional>
    <optional>
      <attribute name="granularity">
        <choice>
          <value>minute</value><value>hour</value><value>part-of-day</value><value>day</value><value>weekend</value>
          <value>week</value><value>month</value><value>season</value><value>quarter</value><value>half</value>
          <value>year</value><value>decade</value><value>century</value>
        </choice>
      </attribute>
    </optional>
    <optional>
      <attribute name="start"><ref name="instant"/></attribute>
      <attribute name="end"><ref name="instant"/></attribute>
    </optional>
    <attribute name="anchor"><choice><value>none</value><value>publicationDate</value><value>previousMention</value></choice></attribute>
    <attribute name="tense"><choice><value>past</value><value>present</value><value>future</value></choice></attribute>
    <optional><attribute name="preposition"><text/></attribute></optional>
    <optional><attribute name="vague"><value>true</value></attribute></optional>
    <optional><attribute name="endsRange"><value>true</value></attribute></optional>
    <optional>
      <attribute name="alternatives">
        <a:documentation>Other values the text allows, best first, separated by spaces.</a:documentation>
        <list><oneOrMore><data type="string"><param name="pattern">[0-9A-Za-z_:.\-]+</param></data></oneOrMore></list>
      </attribute>
    </optional>
    <ref name="span"/>
  </define>

  <define name="span">
    <a:documentation>Where the text sits in its article: UTF-8 byte offset and length.</a:documentation>
    <attribute name="offset"><data type="nonNegativeInteger"/></attribute>
    <attribute name="length"><data type="nonNegativeInteger"/></attribute>
  </define>

  <define name="id"><data type="string"><param name="minLength">1</param></data></define>
  <define name="order"><choice><value>oldest-first</value><value>newest-first</value></choice></define>
  <define name="kind">
    <choice><value>point</value><value>state</value><value>span</value><value>upcoming</value><value>vague</value></choice>
  </define>
  <define name="date"><data type="string"><param name="pattern">-?[0-9]{4,}-[0-9]{2}-[0-9]{2}</param></data></define>
  <define name="instant"><data type="string"><param name="pattern">-?[0-9]{4,}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2})?</param></data></define>
</grammar>

"""#
}
