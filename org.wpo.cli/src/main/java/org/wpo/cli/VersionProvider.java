package org.wpo.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The version the build wrote into version.properties. */
final class VersionProvider implements IVersionProvider {

	@Override
	public String[] getVersion() {
		return new String[] { "wpo " + version() };
	}

	/** The tool's version, or "unknown" when the build did not record it. */
	static String version() {
		Properties properties = new Properties();
		try (InputStream in = VersionProvider.class.getResourceAsStream("version.properties")) {
			if (in != null) {
				properties.load(in);
			}
		} catch (IOException e) {
			return "unknown";
		}
		return properties.getProperty("version", "unknown");
	}
}
